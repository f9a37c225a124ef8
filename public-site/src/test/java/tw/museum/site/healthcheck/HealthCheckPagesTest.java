package tw.museum.site.healthcheck;

import tw.museum.site.support.TestMailServer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tw.museum.catalog.healthcheck.CaseStatus;
import tw.museum.site.healthcheck.PageSession.Page;

/**
 * Health checks through the pages over real HTTP, with the emails caught by a real SMTP server: a case
 * walked from request to closing, and the abuse a public form meets.
 */
class HealthCheckPagesTest extends HealthCheckTestBase {

    private PageSession visitor() {
        return new PageSession(port);
    }

    private static List<String> request(String email, boolean consent) {
        List<String> f = new ArrayList<>(List.of(
                "requesterType", "TEMPLE", "name", NAME_MARKER + " 林先生", "organisation", "某某宮",
                "email", email, "phone", PHONE_MARKER, "address", ADDRESS_MARKER + "某路 1 號",
                "objectCount", "2", "objectDescription", "木雕神像兩尊，表面漆層剝落",
                "materials", "木、漆", "approximateAge", "清代", "size", "高約 50 公分",
                "services", "HEALTH_CHECK", "services", "TREATMENT_ADVICE",
                "onSite", "true", "siteAddress", ADDRESS_MARKER + "廟址",
                "preferredFrom", LocalDate.now().plusDays(14).toString(),
                "preferredTo", LocalDate.now().plusDays(30).toString()));
        if (consent) {
            f.addAll(List.of("consent", "true"));
        }
        return f;
    }

    /** Opens the form (for its tokens) and sends it; returns the answer and the form's one-time token. */
    private Page submit(PageSession s, List<String> fields) {
        Page form = s.get("/health-check/request");
        assertThat(form.status()).isEqualTo(200);
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of("token", token(form.body())));
        return s.post("/health-check/request", all);
    }

    private static String token(String html) {
        return find(html, "name=\"token\" value=\"([^\"]+)\"");
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("page should match " + regex).isTrue();
        return m.group(1);
    }

    record Created(String number, String code) {
    }

    private Created created(Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return new Created(find(answer.body(), "id=\"case-number\">([^<]+)<"),
                find(answer.body(), "id=\"access-code\">([^<]+)<"));
    }

    private Page open(PageSession s, String number, String code) {
        s.get("/health-check/case");
        return s.post("/health-check/case", List.of("number", number, "code", code));
    }

    @Test
    void aCaseWalksFromRequestToClosingThroughThePagesWithAnEmailAtEveryStep() throws Exception {
        String email = email();
        PageSession requester = visitor();
        Created c = created(submit(requester, request(email, true)));
        assertThat(c.number()).matches("HC-\\d{4}-\\d{4}");

        List<MimeMessage> mails = TestMailServer.to(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(TestMailServer.text(mails.get(0))).contains(c.number()).contains(c.code()).contains("已收到");

        Page casePage = open(requester, c.number(), c.code());
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.body()).contains(c.number()).contains("已送出").contains("木雕神像兩尊");
        Page afterMessage = requester.post("/health-check/case/messages",
                List.of("number", c.number(), "code", c.code(), "body", "請問需要準備什麼？"));
        assertThat(afterMessage.body()).contains("請問需要準備什麼？");

        PageSession conservator = visitor().signIn(CONSERVATOR, PASSWORD);
        Page queue = conservator.get("/staff/health-checks?status=SUBMITTED");
        assertThat(queue.body()).contains(c.number()).contains("某某宮");
        Page staffCase = conservator.get("/staff/health-checks/" + c.number());
        assertThat(staffCase.body()).contains(NAME_MARKER).contains(email).contains("請問需要準備什麼？").contains("2026-1");

        int expectedMails = 1;
        move(conservator, c.number(), CaseStatus.ACCEPTED);
        expectedMails++;

        // a quote from the fee schedule (temple: discounted; on site: travel), edited, then sent
        Page computed = conservator.post("/staff/health-checks/" + c.number() + "/quote",
                List.of("version", version(conservator, c.number())));
        Page draft = conservator.follow(computed);
        assertThat(draft.body()).contains("優惠折扣").contains("到府交通費").contains("草稿");
        String version = find(draft.body(), "name=\"version\" value=\"(\\d+)\"");
        int lines = service.get(c.number()).quote().lines().size();
        List<String> edit = new ArrayList<>(List.of("version", version));
        for (int i = 0; i < lines; i++) {
            var line = service.get(c.number()).quote().lines().get(i);
            edit.addAll(List.of("lines[" + i + "].kind", line.kind().name(),
                    "lines[" + i + "].service", line.service() == null ? "" : line.service().name(),
                    "lines[" + i + "].quantity", String.valueOf(line.quantity()),
                    "lines[" + i + "].unitAmount", String.valueOf(line.unitAmount())));
        }
        edit.addAll(List.of("lines[" + lines + "].kind", "OTHER", "lines[" + lines + "].text", "除塵耗材",
                "lines[" + lines + "].quantity", "1", "lines[" + lines + "].unitAmount", "500"));
        long before = service.get(c.number()).quote().total();
        conservator.post("/staff/health-checks/" + c.number() + "/quote/lines", edit);
        assertThat(service.get(c.number()).quote().total()).isEqualTo(before + 500);
        move(conservator, c.number(), CaseStatus.QUOTED);
        expectedMails++;

        // the requester sees the quote and accepts it on the case page
        Page quoted = open(requester, c.number(), c.code());
        assertThat(quoted.body()).contains("除塵耗材").contains("待您回覆").contains("id=\"accept-quote\"");
        Page accepted = requester.post("/health-check/case/quote",
                List.of("number", c.number(), "code", c.code(), "answer", "accept"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).contains("已接受報價").doesNotContain("id=\"accept-quote\"");
        expectedMails++;
        // a second click changes nothing
        assertThat(requester.post("/health-check/case/quote",
                List.of("number", c.number(), "code", c.code(), "answer", "accept")).status()).isEqualTo(409);

        move(conservator, c.number(), CaseStatus.SCHEDULED);
        expectedMails++;
        conservator.get("/staff/health-checks/" + c.number());
        conservator.post("/staff/health-checks/" + c.number() + "/messages", List.of("body", "我們將於下週三上午到府。"));
        expectedMails++;

        // the examination of both objects, through the examination form
        for (int object = 1; object <= 2; object++) {
            Page form = conservator.get("/staff/health-checks/" + c.number() + "/objects/" + object + "/examinations/new");
            assertThat(form.body()).contains("Conservator Wang").contains("彩繪剝落");
            Page saved = conservator.post("/staff/health-checks/" + c.number() + "/objects/" + object + "/examinations",
                    FollowUpPages.examination("木雕神像 " + object));
            assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        }
        move(conservator, c.number(), CaseStatus.EXAMINED);
        expectedMails++;
        Page issued = conservator.post("/staff/health-checks/" + c.number() + "/reports", List.of());
        assertThat(conservator.follow(issued).body()).contains(c.number() + "-R1");
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.REPORT_ISSUED);
        expectedMails++;
        long total = service.get(c.number()).quote().total();
        conservator.post("/staff/health-checks/" + c.number() + "/invoice", List.of("amount", String.valueOf(total), "version", ""));
        conservator.post("/staff/health-checks/" + c.number() + "/payments", List.of("amount", String.valueOf(total),
                "method", "BANK_TRANSFER", "reference", "匯款 1234", "paidOn", LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).toString(),
                "version", String.valueOf(billingVersion(c.number()))));
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.PAID);
        expectedMails += 2; // the receipt and the PAID step
        move(conservator, c.number(), CaseStatus.CLOSED);
        expectedMails++;
        List<MimeMessage> all = TestMailServer.to(email, expectedMails);
        assertThat(all).hasSize(expectedMails);
        String everything = String.join("\n", all.stream().map(TestMailServer::text).toList());
        assertThat(everything).contains("已受理").contains("已報價").contains("已接受報價").contains("已結案").contains("我們將於下週三上午到府。");
        // the access code is in the first email only
        assertThat(all.subList(1, all.size())).allSatisfy(m -> assertThat(TestMailServer.text(m)).doesNotContain(c.code()));

        Page closed = open(visitor(), c.number(), c.code());
        assertThat(closed.body()).contains("已結案").contains("已受理").contains("我們將於下週三上午到府。")
                .contains("id=\"scheduled-for\">" + LocalDate.now().plusDays(21));
        assertThat(everything).contains(LocalDate.now().plusDays(21).toString());
        assertThat(closed.body()).doesNotContain(CONSERVATOR).doesNotContain(NAME_MARKER);
    }

    @org.springframework.beans.factory.annotation.Autowired
    tw.museum.catalog.healthcheck.HealthCheckBilling billing;

    private long billingVersion(String number) {
        return billing.find(number).orElseThrow().version();
    }

    private static String version(PageSession staff, String number) {
        return find(staff.get("/staff/health-checks/" + number).body(), "name=\"version\" value=\"(\\d+)\"");
    }

    private void move(PageSession staff, String number, CaseStatus step) {
        List<String> form = new ArrayList<>(List.of("target", step.name(), "version", version(staff, number)));
        if (step == CaseStatus.SCHEDULED) {
            form.addAll(List.of("scheduledFor", LocalDate.now().plusDays(21).toString()));
        }
        Page moved = staff.post("/staff/health-checks/" + number + "/transition", form);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(staff.follow(moved).body()).contains("id=\"status\">");
        assertThat(service.get(number).status()).isEqualTo(step);
    }

    @Test
    void theFormIsInEnglishToo() {
        PageSession s = visitor();
        assertThat(s.get("/health-check/request?lang=en").body()).contains("Request an artifact health check")
                .contains("General Antiquity reporting assistance").contains("I have read and consent");
        String email = email();
        Created c = created(submit(s, request(email, true)));
        assertThat(TestMailServer.text(TestMailServer.to(email, 1).get(0))).contains("Access code: " + c.code());
    }

    @Test
    void withoutConsentNothingIsStoredOrSent() {
        String email = email();
        Page refused = submit(visitor(), request(email, false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("須同意個人資料之蒐集與處理").doesNotContain("id=\"case-number\"");
        assertThat(TestMailServer.to(email, 1, java.time.Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void theSameFormSentTwiceMakesOneCaseAndOneEmail() {
        String email = email();
        PageSession s = visitor();
        Page form = s.get("/health-check/request");
        List<String> fields = new ArrayList<>(request(email, true));
        fields.addAll(List.of("token", token(form.body())));
        Created first = created(s.post("/health-check/request", fields));
        Page again = s.post("/health-check/request", fields);
        assertThat(again.status()).isEqualTo(200);
        assertThat(find(again.body(), "id=\"case-number\">([^<]+)<")).isEqualTo(first.number());
        assertThat(again.body()).contains("id=\"repeated\"").doesNotContain("id=\"access-code\"");
        assertThat(TestMailServer.to(email, 2, java.time.Duration.ofMillis(500))).hasSize(1);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        PageSession s = visitor();
        Page form = s.get("/health-check/request");
        List<String> fields = new ArrayList<>(request(email(), true));
        fields.addAll(List.of("token", token(form.body())));
        assertThat(s.post("/health-check/request", fields, false).status()).isEqualTo(403);
    }

    @Test
    void wrongCodesAndOtherCasesCodesGetNothingAndGuessingIsThrottled() {
        Created mine = created(submit(visitor(), request(email(), true)));
        Created theirs = created(submit(visitor(), request(email(), true)));
        PageSession guesser = visitor();

        Page otherCode = open(guesser, mine.number(), theirs.code());
        assertThat(otherCode.status()).isEqualTo(404);
        assertThat(otherCode.body()).contains("查無此案件").doesNotContain("木雕神像");
        Page unknown = open(guesser, "HC-1999-0001", mine.code());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("查無此案件");
        // a message to a case needs its code too
        assertThat(guesser.post("/health-check/case/messages",
                List.of("number", theirs.number(), "code", mine.code(), "body", "spam")).status()).isEqualTo(404);
        assertThat(service.get(theirs.number()).messages()).isEmpty();

        open(guesser, mine.number(), "AAAAAAAAAAAA");
        assertThat(open(guesser, mine.number(), "BBBBBBBBBBBB").status()).isEqualTo(404);
        // three wrong codes for this number: now even the right code waits
        Page blocked = open(visitor(), mine.number(), mine.code());
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.body()).contains("錯誤次數過多").doesNotContain("木雕神像");
        assertThat(open(guesser, mine.number(), "CCCCCCCCCCCC").status()).isEqualTo(429);
    }

    @Test
    void illegalTransitionsAreRefusedAndOnlyCaseStaffMayAct() {
        Created c = created(submit(visitor(), request(email(), true)));
        PageSession conservator = visitor().signIn(CONSERVATOR, PASSWORD);
        Page page = conservator.get("/staff/health-checks/" + c.number());
        String version = find(page.body(), "name=\"version\" value=\"(\\d+)\"");
        Page refused = conservator.post("/staff/health-checks/" + c.number() + "/transition",
                List.of("target", "CLOSED", "version", version));
        assertThat(conservator.follow(refused).body()).contains("無法從「已送出」改為「已結案」");
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.SUBMITTED);

        conservator.get("/staff/health-checks/" + c.number());
        Page noReason = conservator.post("/staff/health-checks/" + c.number() + "/transition",
                List.of("target", "DECLINED", "version", version, "note", ""));
        assertThat(conservator.follow(noReason).body()).contains("此欄位必填");
        assertThat(service.get(c.number()).status()).isEqualTo(CaseStatus.SUBMITTED);

        PageSession registrar = visitor().signIn(REGISTRAR, PASSWORD);
        assertThat(registrar.get("/staff/health-checks").status()).isEqualTo(403);
        assertThat(registrar.post("/staff/health-checks/" + c.number() + "/transition",
                List.of("target", "ACCEPTED", "version", version)).status()).isEqualTo(403);
        assertThat(visitor().get("/staff/health-checks").status()).isEqualTo(302);
        assertThat(conservator.get("/staff/health-checks/HC-1999-9999").status()).isEqualTo(404);
    }

    @Test
    void requesterPersonalDataAppearsOnNoPublicPageOrApi() {
        Created c = created(submit(visitor(), request(email(), true)));
        PageSession anyone = visitor();
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/", "/objects", "/objects?q=%E6%9E%97%E5%85%88%E7%94%9F",
                "/health-check/request", "/health-check/case", "/api/v1/artifacts",
                "/api/v1/search?q=%E6%9E%97%E5%85%88%E7%94%9F")) {
            bodies.add(anyone.get(path).body());
        }
        bodies.add(open(anyone, c.number(), c.code()).body());
        bodies.add(submit(anyone, request(email(), true)).body());
        assertThat(bodies).allSatisfy(b -> assertThat(b).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER)
                .doesNotContain("ADDRMARK").doesNotContain("example.org"));
    }

    @Test
    void photosAreImagesWithinTheLimitAndOnlyStaffSeeThem() {
        PageSession s = visitor();
        List<String> fields = new ArrayList<>(request(email(), true));
        fields.addAll(List.of("token", token(s.get("/health-check/request").body())));
        Page refused = s.postMultipart("/health-check/request", fields, List.of(
                new PageSession.Upload("photos", "statue.png", tw.museum.site.support.TestImages.png(40, 30)),
                new PageSession.Upload("photos", "statue.jpg", "<html>not an image</html>".getBytes()),
                new PageSession.Upload("photos", "big.png", new byte[400 * 1024])));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("第 2 個檔案不是可讀取的圖片").contains("第 3 張照片太大")
                .doesNotContain("id=\"case-number\"");

        fields = new ArrayList<>(request(email(), true));
        fields.addAll(List.of("token", token(s.get("/health-check/request").body())));
        Created c = created(s.postMultipart("/health-check/request", fields, List.of(
                new PageSession.Upload("photos", "statue.png", tw.museum.site.support.TestImages.png(40, 30)))));
        assertThat(service.get(c.number()).photos()).hasSize(1);
        long id = service.get(c.number()).photos().get(0).id();

        PageSession conservator = visitor().signIn(CONSERVATOR, PASSWORD);
        assertThat(conservator.get("/staff/health-checks/" + c.number()).body()).contains("/photos/" + id);
        assertThat(conservator.get("/staff/health-checks/" + c.number() + "/photos/" + id).status()).isEqualTo(200);
        assertThat(visitor().get("/staff/health-checks/" + c.number() + "/photos/" + id).status()).isEqualTo(302);
        assertThat(conservator.get("/staff/health-checks/" + c.number() + "/photos/999999").status()).isEqualTo(404);
    }

    @Test
    void theRequesterMayWithdrawBeforeTheExaminationAndIsTold() {
        String email = email();
        PageSession requester = visitor();
        Created c = created(submit(requester, request(email, true)));
        assertThat(open(requester, c.number(), c.code()).body()).contains("id=\"cancel-case\"");
        Page cancelled = requester.post("/health-check/case/cancel",
                List.of("number", c.number(), "code", c.code(), "reason", "已另請他人處理"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("已取消").contains("已另請他人處理").doesNotContain("id=\"cancel-case\"");
        assertThat(requester.post("/health-check/case/cancel",
                List.of("number", c.number(), "code", c.code())).status()).isEqualTo(409);
        assertThat(TestMailServer.to(email, 2)).extracting(TestMailServer::text)
                .anySatisfy(t -> assertThat(t).contains("已取消").contains("已另請他人處理"));
    }
}
