package tw.museum.site.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.CaseStatus;
import tw.museum.catalog.healthcheck.HealthCheckBilling;
import tw.museum.catalog.healthcheck.RequesterType;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.catalog.healthcheck.Submission;
import tw.museum.site.healthcheck.PageSession.Download;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestImages;
import tw.museum.site.support.TestMailServer;

/**
 * After the examination, over real HTTP: examination records with photos, the PDF report read back with
 * PDFBox, reissue, the dossier, payments, the survey, figures, and who may see what.
 */
class HealthCheckFollowUpTest extends HealthCheckTestBase {

    private static final String EMAIL_MARKER_DOMAIN = "@followup.example.org";

    @Autowired
    HealthCheckBilling billing;

    record Case(String number, String code, String email) {
    }

    /** A case of two objects with personal-data markers, scheduled for examination. */
    private Case scheduled() {
        String email = "fu-" + java.util.UUID.randomUUID().toString().substring(0, 6) + EMAIL_MARKER_DOMAIN;
        Submission s = service.submit(new CaseRequest(RequesterType.TEMPLE, NAME_MARKER, "某某宮", email, PHONE_MARKER,
                ADDRESS_MARKER, true, "2026-1", 2, "木雕神像兩尊", "木、漆", "清代", "高 50 公分",
                EnumSet.of(ServiceKind.HEALTH_CHECK, ServiceKind.ANTIQUITY_REPORTING), false, null, null, null, "zh-TW", null));
        String n = s.number();
        service.transition(n, CaseStatus.ACCEPTED, null, service.get(n).version());
        service.draftQuote(n, false, service.get(n).version());
        service.transition(n, CaseStatus.QUOTED, null, service.get(n).version());
        service.transition(n, CaseStatus.QUOTE_ACCEPTED, null, service.get(n).version());
        service.transition(n, CaseStatus.SCHEDULED, null, LocalDate.now(ZoneId.of("Asia/Taipei")).plusDays(1),
                service.get(n).version());
        return new Case(n, s.accessCode(), email);
    }

    private PageSession conservator() {
        return new PageSession(port).signIn(CONSERVATOR, PASSWORD);
    }

    /** Both objects examined through the form, a photo with its annotation on the first. */
    private void examine(PageSession staff, Case c) {
        for (int object = 1; object <= 2; object++) {
            staff.get("/staff/health-checks/" + c.number() + "/objects/" + object + "/examinations/new");
            Page saved = staff.post("/staff/health-checks/" + c.number() + "/objects/" + object + "/examinations",
                    FollowUpPages.examination("媽祖神像 " + object));
            assertThat(saved.status()).as(saved.body()).isEqualTo(302);
            if (object == 1) {
                Page edit = staff.follow(saved);
                String version = edit.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
                Page photo = staff.postMultipart(saved.location().replaceFirst("^https?://[^/]+", "") + "/photos",
                        List.of("version", version, "annotationZh", "箭頭處為蟲孔", "annotationEn", "arrows: exit holes"),
                        List.of(new PageSession.Upload("photo", "hole.png", TestImages.png(900, 600))));
                assertThat(staff.follow(photo).body()).contains("箭頭處為蟲孔");
            }
        }
        service.transition(c.number(), CaseStatus.EXAMINED, null, service.get(c.number()).version());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int images(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Test
    void theReportIsABilingualPdfWithLetterheadAndPhotosAndReissuesKeepOldVersions() throws Exception {
        Case c = scheduled();
        PageSession staff = conservator();
        examine(staff, c);
        staff.get("/staff/health-checks/" + c.number());
        Page issued = staff.post("/staff/health-checks/" + c.number() + "/reports", List.of());
        assertThat(staff.follow(issued).body()).contains(c.number() + "-R1");
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.REPORT_ISSUED);

        TestHttp.Reply r1 = as(CONSERVATOR).get("/staff/health-checks/" + c.number() + "/reports/1");
        assertThat(r1.status()).isEqualTo(200);
        assertThat(r1.header("Content-Type")).startsWith("application/pdf");
        String report = text(r1.bytes());
        // a sample to look at (target/ is the build's own folder)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "health-check-report-sample.pdf"), r1.bytes());
        assertThat(report).contains("文物健檢報告", "Artifact health check report", c.number() + "-R1",
                "媽祖神像 1", "媽祖神像 2", "彩繪剝落", "Flaking paint", "蟲蛀", "Insect damage", "右袖", "right sleeve",
                "Clean soot; consolidate paint", "箭頭處為蟲孔", "國立科學工藝博物館");
        // letterhead and the annotated photo are drawn
        assertThat(images(r1.bytes())).isGreaterThanOrEqualTo(2);
        assertThat(report).as("no personal data in a document that travels")
                .doesNotContain(NAME_MARKER, PHONE_MARKER, "ADDRMARK", c.email());

        staff.get("/staff/health-checks/" + c.number());
        staff.post("/staff/health-checks/" + c.number() + "/reports", List.of("note", "尺寸更正"));
        assertThat(text(as(CONSERVATOR).get("/staff/health-checks/" + c.number() + "/reports/2").bytes()))
                .contains(c.number() + "-R2");
        assertThat(as(CONSERVATOR).get("/staff/health-checks/" + c.number() + "/reports/1").status()).isEqualTo(200);
        assertThat(staff.get("/staff/health-checks/" + c.number()).body()).contains(c.number() + "-R1", c.number() + "-R2", "尺寸更正");

        // the requester downloads the current version from the case page, with number and code
        PageSession requester = new PageSession(port);
        requester.get("/health-check/case");
        Page casePage = requester.post("/health-check/case", List.of("number", c.number(), "code", c.code()));
        assertThat(casePage.body()).contains("id=\"download-report\"").contains(c.number() + "-R2")
                .doesNotContain(CONSERVATOR);
        Download current = requester.postForFile("/health-check/case/report", List.of("number", c.number(), "code", c.code()));
        assertThat(current.contentType()).startsWith("application/pdf");
        assertThat(text(current.bytes())).contains(c.number() + "-R2");
        Download wrong = requester.postForFile("/health-check/case/report", List.of("number", c.number(), "code", "WRONGCODE234"));
        assertThat(wrong.contentType()).doesNotStartWith("application/pdf");
        assertThat(wrong.status()).isEqualTo(404);

        // the outbox sends on its own schedule: wait for the reissue's mail itself, not for any mail
        List<MimeMessage> mails = TestMailServer.toContaining(c.email(), c.number() + "-R2");
        assertThat(mails.stream().map(TestMailServer::text)).anyMatch(t -> t.contains(c.number() + "-R2"));
    }

    @Test
    void theDossierHasTheReportingFormsFieldsAndNoPersonalData() throws Exception {
        Case c = scheduled();
        examine(conservator(), c);
        TestHttp.Reply csv = as(CONSERVATOR).get("/staff/health-checks/" + c.number() + "/dossier.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String table = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(table).startsWith("\uFEFF");
        List<String> rows = table.lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("品名與辨識", "類別", "數量", "尺寸", "材質", "年代", "來源", "狀況等級", "照片");
        assertThat(rows.get(1)).contains("媽祖神像 1", "雕塑", "高 50 × 寬 20 公分", "木、漆、金箔", "清代", "尚可",
                c.number() + "-1-1 (箭頭處為蟲孔 / arrows: exit holes)");
        assertThat(table).doesNotContain(NAME_MARKER, PHONE_MARKER, "ADDRMARK", c.email(), "某某宮");

        String pdf = text(as(CONSERVATOR).get("/staff/health-checks/" + c.number() + "/dossier.pdf").bytes());
        assertThat(pdf).contains("一般古物", "媽祖神像 2", "木、漆、金箔", c.number() + "-1-1");
        assertThat(pdf).doesNotContain(NAME_MARKER, PHONE_MARKER, "ADDRMARK", c.email());
    }

    @Test
    void onlyCaseStaffSeeExaminationsAndDocumentsAndOnlyManagersTheFigures() {
        Case c = scheduled();
        assertThat(as(REGISTRAR).get("/staff/health-checks/" + c.number() + "/dossier.csv").status()).isEqualTo(403);
        assertThat(as(REGISTRAR).get("/staff/health-checks/" + c.number() + "/objects/1/examinations/new").status()).isEqualTo(403);
        assertThat(as(REGISTRAR).get("/api/v1/health-checks/" + c.number() + "/examinations").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/health-checks/" + c.number() + "/examinations").status()).isIn(401, 403);
        assertThat(as(CONSERVATOR).get("/staff/health-checks/figures").status()).isEqualTo(403);
        assertThat(as(CURATOR).get("/staff/health-checks/figures").status()).isEqualTo(200);
        assertThat(as(CONSERVATOR).get("/staff/mail").status()).isEqualTo(403);
        assertThat(asAdmin().get("/staff/mail").status()).isEqualTo(200);
    }

    @Test
    void paymentsSettleTheCaseTheSurveyFollowsTheClosingAndManagersSeeTheFigures() throws Exception {
        Case c = scheduled();
        PageSession staff = conservator();
        examine(staff, c);
        staff.get("/staff/health-checks/" + c.number());
        staff.post("/staff/health-checks/" + c.number() + "/reports", List.of());
        staff.get("/staff/health-checks/" + c.number());
        staff.post("/staff/health-checks/" + c.number() + "/invoice", List.of("amount", "9000", "version", ""));
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();
        long version = billing.find(c.number()).orElseThrow().version();
        staff.get("/staff/health-checks/" + c.number());
        Page tooMuch = staff.post("/staff/health-checks/" + c.number() + "/payments", List.of("amount", "9500",
                "method", "CASH", "paidOn", today, "version", String.valueOf(version)));
        assertThat(staff.follow(tooMuch).body()).contains("金額超過未付餘額");
        staff.post("/staff/health-checks/" + c.number() + "/payments", List.of("amount", "4000",
                "method", "CASH", "paidOn", today, "version", String.valueOf(version)));
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.REPORT_ISSUED);

        PageSession requester = new PageSession(port);
        requester.get("/health-check/case");
        assertThat(requester.post("/health-check/case", List.of("number", c.number(), "code", c.code())).body())
                .contains("應付 NT$9,000，已付 NT$4,000，未付 NT$5,000").doesNotContain("Conservator");
        Page figures = new PageSession(port).signIn(CURATOR, PASSWORD).get("/staff/health-checks/figures");
        assertThat(figures.body()).contains(c.number());

        TestHttp.Reply api = as(CONSERVATOR).postJson("/api/v1/health-checks/" + c.number() + "/payments",
                Map.of("payment", Map.of("amount", 5000, "method", "BANK_TRANSFER", "reference", "TX-9", "paidOn", today),
                        "version", billing.find(c.number()).orElseThrow().version()));
        assertThat(api.status()).as(api.text()).isEqualTo(200);
        assertThat(api.json().get("outstanding").asLong()).isZero();
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.PAID);
        service.transition(c.number(), CaseStatus.CLOSED, null, service.get(c.number()).version());

        requester.get("/health-check/case");
        Page closed = requester.post("/health-check/case", List.of("number", c.number(), "code", c.code()));
        assertThat(closed.body()).contains("id=\"hc-survey-form\"").contains("已付清");
        Page bad = requester.post("/health-check/case/survey", List.of("number", c.number(), "code", c.code(), "rating", "9"));
        assertThat(bad.status()).isEqualTo(400);
        Page thanks = requester.post("/health-check/case/survey", List.of("number", c.number(), "code", c.code(),
                "rating", "5", "comment", "報告很專業 FOLLOWUP-COMMENT"));
        assertThat(thanks.body()).contains("謝謝您的回饋").doesNotContain("id=\"hc-survey-form\"");
        assertThat(anonymous().postJson("/api/v1/health-checks/" + c.number() + "/survey",
                Map.of("code", c.code(), "rating", 4)).status()).isEqualTo(400);

        Page results = new PageSession(port).signIn(CURATOR, PASSWORD).get("/staff/health-checks/figures");
        assertThat(results.body()).contains("FOLLOWUP-COMMENT").doesNotContain(NAME_MARKER);
        List<MimeMessage> mails = TestMailServer.to(c.email(), 9);
        assertThat(mails.stream().map(TestMailServer::text)).anyMatch(t -> t.contains("已收到您的付款"));
    }

    @Test
    void examinationsOverTheApiAndTheRequestersReport() {
        Case c = scheduled();
        TestHttp staff = as(CONSERVATOR);
        TestHttp.Reply bad = staff.postJson("/api/v1/health-checks/" + c.number() + "/objects/1/examinations",
                Map.of("examinedAt", LocalDate.now().plusDays(5).toString(), "damages", List.of(Map.of("term", "nonsense"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("examinedAt").contains("damages[0].term").contains("grade");
        for (int object = 1; object <= 2; object++) {
            TestHttp.Reply ok = staff.postJson("/api/v1/health-checks/" + c.number() + "/objects/" + object + "/examinations",
                    Map.of("examinedAt", LocalDate.now(ZoneId.of("Asia/Taipei")).toString(), "examinedBy", "API",
                            "identification", Map.of("zh", "香爐"), "grade", "GOOD",
                            "damages", List.of(Map.of("term", "corrosion", "location", Map.of("zh", "爐耳")))));
            assertThat(ok.status()).as(ok.text()).isEqualTo(201);
            assertThat(ok.json().get("damages").get(0).get("term").get("code").asString()).isEqualTo("corrosion");
        }
        assertThat(staff.get("/api/v1/health-checks/" + c.number() + "/examinations").json().size()).isEqualTo(2);
        assertThat(anonymous().postJson("/api/v1/health-checks/" + c.number() + "/report",
                Map.of("code", c.code())).status()).as("no report yet").isEqualTo(404);
        service.transition(c.number(), CaseStatus.EXAMINED, null, service.get(c.number()).version());
        assertThat(staff.postJson("/api/v1/health-checks/" + c.number() + "/reports", Map.of()).status()).isEqualTo(201);
        TestHttp.Reply pdf = anonymous().postJson("/api/v1/health-checks/" + c.number() + "/report", Map.of("code", c.code()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(anonymous().postJson("/api/v1/health-checks/" + c.number() + "/report",
                Map.of("code", "WRONGCODE234")).status()).isEqualTo(404);
    }
}
