package tw.museum.site.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.loan.LoanReminderJob;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.TestHttp;

/**
 * Loans through the REST API: an institution applies without an account, a registrar reviews, overlapping
 * approvals are refused, the agreement is signed, the objects go out, reminders follow the test's clock,
 * and nothing restricted reaches the public side.
 */
class LoanApiTest extends LoansAndDonationsTestBase {

    @Autowired LoanService loans;
    @Autowired LoanReminderJob reminders;

    /** Departure condition checks for every approved object, through the API. */
    void conditionChecks(String number) {
        for (JsonNode o : as(REGISTRAR).get("/api/v1/loans/" + number).json().get("objects")) {
            TestHttp.Reply r = as(REGISTRAR).postJson("/api/v1/loans/" + number + "/condition-checks", Map.of(
                    "objectNumber", o.get("objectNumber").asString(),
                    "check", Map.of("context", "LOAN_DEPARTURE", "examinedAt", today().toString(),
                            "examinedBy", "保存科 王", "grade", "GOOD", "summary", Map.of("zh", "穩定"))));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
    }

    static Map<String, Object> application(String email, LocalDate from, LocalDate to, String... objects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institution", "高雄市立歷史博物館");
        body.put("contactName", CONTACT_MARKER);
        body.put("contactEmail", email);
        body.put("contactPhone", "07-CONTACT");
        body.put("consent", true);
        body.put("exhibitionTitle", "臺灣工業百年");
        body.put("venue", "二樓特展室");
        body.put("facilityClimate", "22°C / 55%RH");
        body.put("objectNumbers", List.of(objects));
        body.put("periodFrom", from.toString());
        body.put("periodTo", to.toString());
        return body;
    }

    String apply(String email, LocalDate from, LocalDate to, String... objects) {
        TestHttp.Reply r = anonymous().postJson("/api/v1/loans", application(email, from, to, objects));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("number").asString();
    }

    TestHttp.Reply approve(String number) {
        JsonNode loan = as(REGISTRAR).get("/api/v1/loans/" + number).json();
        List<Map<String, Object>> objects = new java.util.ArrayList<>();
        loan.get("objects").forEach(o -> objects.add(Map.of("objectNumber", o.get("objectNumber").asString(),
                "decision", "APPROVED", "insuranceValue", INSURANCE_MARKER, "insuranceCurrency", "TWD")));
        return as(REGISTRAR).postJson("/api/v1/loans/" + number + "/review",
                Map.of("objects", objects, "conditions", "不得使用閃光燈", "version", loan.get("version").asLong()));
    }

    @Test
    void anInstitutionAppliesAndOnlyRegistrarsSeeTheLoan() {
        String a = published("縫紉機");
        String email = email("borrower");
        String number = apply(email, today().plusDays(20), today().plusDays(80), a);
        assertThat(number).matches("LN-\\d{4}-\\d{4}");
        assertThat(texts(email, 1)).singleElement().satisfies(t -> assertThat(t).contains(number).contains("臺灣工業百年"));

        assertThat(anonymous().get("/api/v1/loans/" + number).status()).isEqualTo(401);
        assertThat(as(CURATOR).get("/api/v1/loans/" + number).status()).isEqualTo(403);
        JsonNode loan = as(REGISTRAR).get("/api/v1/loans/" + number).json();
        assertThat(loan.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(loan.at("/borrower/contactName").asString()).isEqualTo(CONTACT_MARKER);

        // A step the loan is not ready for: 409 naming where it stands, in the caller's language.
        TestHttp.Reply early = as(REGISTRAR).header("Accept-Language", "en").postJson("/api/v1/loans/" + number + "/departure",
                Map.of("date", today().toString(), "version", loan.get("version").asLong()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        assertThat(early.json().get("current").asString()).isEqualTo("SUBMITTED");
        assertThat(early.json().get("title").asString()).isEqualTo("Step not allowed");
    }

    @Test
    void unpublishedObjectsAndMissingConsentAreRefusedWithTheirFields() {
        String draft = "DRAFT-" + System.nanoTime();
        artifacts.create(new tw.museum.catalog.artifact.ArtifactData(draft, tw.museum.catalog.common.Bilingual.of("草稿", null),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        Map<String, Object> body = application(email("x"), today().plusDays(1), today().plusDays(2), draft);
        body.put("consent", false);
        TestHttp.Reply r = anonymous().postJson("/api/v1/loans", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).contains("objectNumbers[0]", "consent");
        assertThat(r.json().get("errors").findValuesAsString("code")).contains("not-lendable");
    }

    @Test
    void aSecondLoanOfTheSameObjectForAnOverlappingPeriodIsRefused() {
        String a = published("電晶體收音機");
        String first = apply(email("b1"), today().plusDays(10), today().plusDays(60), a);
        String second = apply(email("b2"), today().plusDays(50), today().plusDays(90), a);
        assertThat(approve(first).status()).isEqualTo(200);
        TestHttp.Reply refused = approve(second);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("loan-overlap");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains(a).contains(first);
        assertThat(as(REGISTRAR).get("/api/v1/loans/" + second).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    /** Through review, signed agreement, condition checks and departure: the objects are out. */
    String onLoan(String email, LocalDate returnDate, String object) {
        String number = apply(email, today(), returnDate, object);
        assertThat(approve(number).status()).isEqualTo(200);
        long version = as(REGISTRAR).get("/api/v1/loans/" + number).json().get("version").asLong();
        TestHttp.Reply signed = as(REGISTRAR).upload("/api/v1/loans/" + number + "/signed-agreement", "signed.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(), Map.of("version", Long.toString(version)));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        conditionChecks(number);
        version = as(REGISTRAR).get("/api/v1/loans/" + number).json().get("version").asLong();
        TestHttp.Reply out = as(REGISTRAR).postJson("/api/v1/loans/" + number + "/departure",
                Map.of("date", today().toString(), "version", version));
        assertThat(out.status()).as(out.text()).isEqualTo(200);
        return number;
    }

    @Test
    void theAgreementPdfNamesTheBorrowerTheObjectsAndTheirInsuranceValues() {
        String a = published("留聲機");
        String number = apply(email("pdf"), today().plusDays(5), today().plusDays(35), a);
        assertThat(as(REGISTRAR).get("/api/v1/loans/" + number + "/agreement.pdf").status()).isEqualTo(409);
        assertThat(approve(number).status()).isEqualTo(200);
        TestHttp.Reply pdf = as(REGISTRAR).get("/api/v1/loans/" + number + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String text = PdfText.of(pdf.bytes());
        assertThat(text).contains("藏品借展合約").contains(number).contains("高雄市立歷史博物館").contains(a)
                .contains("留聲機").contains("7,654,321 TWD").contains("不得使用閃光燈");
        assertThat(as(CURATOR).get("/api/v1/loans/" + number + "/agreement.pdf").status()).isEqualTo(403);
    }

    @Test
    void remindersGoOutAsTheTestsClockReachesEachDayAndOverdueLoansAreListed() {
        String a = published("黑白電視機");
        String email = email("reminded");
        LocalDate due = today().plusDays(40);
        String number = onLoan(email, due, a);
        int before = texts(email, 2).size(); // received + approved
        reminders.run();
        assertThat(texts(email, before)).hasSize(before);

        clock.setDay(due.minusDays(30), LoanService.MUSEUM_ZONE);
        reminders.run();
        reminders.run();
        assertThat(texts(email, before + 1)).hasSize(before + 1).last().satisfies(t -> assertThat(t).contains("30 天後"));

        clock.setDay(due.plusDays(7), LoanService.MUSEUM_ZONE);
        reminders.run();
        assertThat(texts(email, before + 2)).hasSize(before + 2).last().satisfies(t -> assertThat(t).contains("已逾期 7 天"));
        assertThat(as(REGISTRAR).get("/api/v1/loans/overdue").json().findValuesAsString("number")).contains(number);
        String workspace = as(REGISTRAR).get("/staff/loans").text();
        assertThat(workspace.substring(workspace.indexOf("id=\"overdue\""), workspace.indexOf("id=\"loans\"")))
                .contains(number);
        assertThat(as(CURATOR).get("/staff/loans").status()).isEqualTo(403);

        JsonNode history = as(REGISTRAR).get("/api/v1/loans/history?objectNumber=" + a).json();
        assertThat(history.at("/current/institution").asString()).isEqualTo("高雄市立歷史博物館");
        assertThat(history.get("history")).hasSize(1);
    }

    @Test
    void noContactDetailsOrInsuranceValuesOnPublicPagesAndApiAnswers() {
        String a = published("打字機");
        onLoan(email("private"), today().plusDays(30), a);
        String page = anonymous().get("/objects/" + a).text();
        String api = anonymous().get("/api/v1/artifacts/" + a).text();
        String loansAnonymous = anonymous().get("/api/v1/loans").text();
        for (String text : List.of(page, api, loansAnonymous)) {
            assertThat(text).doesNotContain(CONTACT_MARKER).doesNotContain("07-CONTACT").doesNotContain(INSURANCE_MARKER);
        }
    }
}
