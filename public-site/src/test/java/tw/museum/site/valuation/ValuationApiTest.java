package tw.museum.site.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.loan.LoansAndDonationsTestBase;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/**
 * Valuations over real HTTP: registrars and managers record and correct them, conservators and the public
 * get nothing; a loan review takes the current insurance valuation; amounts and valuers reach no public
 * surface.
 */
class ValuationApiTest extends LoansAndDonationsTestBase {

    static final String AMOUNT_MARKER = "8193746";
    static final String VALUER_MARKER = "VALUERMARK-3Q";

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
    }

    static Map<String, Object> valuation(String objectNumber, Object amount, String valuedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectNumber", objectNumber);
        body.put("amount", amount);
        body.put("currency", "TWD");
        body.put("valuedOn", valuedOn);
        body.put("valuer", VALUER_MARKER);
        body.put("purpose", "INSURANCE");
        body.put("reference", "APPR-115-003");
        return body;
    }

    /** A published record whose number has parts, a space and a comma; it travels as a query parameter here. */
    String publishedWithSeparators(String titleZh) {
        String number = "VAL " + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase() + ",3/1 a-c";
        artifacts.create(new ArtifactData(number, Bilingual.of(titleZh, "Object " + number), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ArtifactStatus.PUBLISHED);
        return number;
    }

    static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void registrarsAndManagersRecordAndCorrectValuationsOthersGetNothing() {
        String a = publishedWithSeparators("蒸汽機模型");
        Reply created = as(REGISTRAR).postJson("/api/v1/valuations", valuation(a, 1250000, "2025-03-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/valuations/" + id);
        assertThat(created.json().get("recordedBy").asString()).isEqualTo(REGISTRAR);
        Reply second = as(CURATOR).postJson("/api/v1/valuations", valuation(a, 1400000, "2025-09-01"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        JsonNode listed = asAdmin().get("/api/v1/valuations?objectNumber=" + query(a)).json();
        assertThat(listed.get("currentInsurance").get("amount").decimalValue()).isEqualByComparingTo("1400000");
        assertThat(listed.get("valuations")).hasSize(2);

        assertThat(as(CONSERVATOR).get("/api/v1/valuations?objectNumber=" + query(a)).status()).isEqualTo(403);
        assertThat(as(CONSERVATOR).postJson("/api/v1/valuations", valuation(a, 1, "2025-01-01")).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/valuations/" + id).status()).isEqualTo(401);
        assertThat(anonymous().postJson("/api/v1/valuations", valuation(a, 1, "2025-01-01")).status()).isEqualTo(401);

        Map<String, Object> correction = valuation(a, 1300000, "2025-03-02");
        correction.put("version", created.json().get("version").asLong());
        Reply corrected = as(REGISTRAR).putJson("/api/v1/valuations/" + id, correction);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("amount").decimalValue()).isEqualByComparingTo("1300000");
        Reply stale = as(REGISTRAR).putJson("/api/v1/valuations/" + id, correction);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        JsonNode history = as(REGISTRAR).get("/api/v1/valuations/history?objectNumber=" + query(a)).json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("action").asString()).isEqualTo("UPDATE");

        // the staff artifact page shows them to registrars, not to conservators
        String segment = PublicSurfaces.segment(a);
        assertThat(as(REGISTRAR).get("/staff/artifacts/" + segment).text()).contains("valuation-history")
                .contains(VALUER_MARKER).contains("1,400,000");
        String conservatorPage = as(CONSERVATOR).get("/staff/artifacts/" + segment).text();
        assertThat(conservatorPage).contains("蒸汽機模型").doesNotContain(VALUER_MARKER).doesNotContain("1,400,000")
                .doesNotContain("1400000");
        assertThat(as(CONSERVATOR).get("/api/v1/artifacts/" + segment).text()).doesNotContain("1400000")
                .doesNotContain(VALUER_MARKER);
    }

    @Test
    void badValuationsAreProblemsNamingEachFieldInTheCallersLanguage() {
        String a = published("算盤");
        Map<String, Object> bad = valuation(a, -3, today().plusDays(2).toString());
        bad.put("currency", "新台幣");
        bad.put("valuer", "");
        Reply zh = as(REGISTRAR).postJson("/api/v1/valuations", bad);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.json().get("errors").toString()).contains("amount").contains("currency").contains("valuedOn")
                .contains("valuer").contains("不能是負數");
        Reply en = as(REGISTRAR).header("Accept-Language", "en").postJson("/api/v1/valuations",
                valuation(a, "12.345", "2025-01-01"));
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").toString()).contains("At most 2 decimal places");
        Reply unknown = as(REGISTRAR).postJson("/api/v1/valuations", valuation("NO-SUCH-OBJECT", 1, "2025-01-01"));
        assertThat(unknown.status()).isEqualTo(404);
        Reply malformed = as(REGISTRAR).postJson("/api/v1/valuations", Map.of("objectNumber", a, "amount", "lots"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(as(REGISTRAR).get("/api/v1/valuations?objectNumber=" + a).json().get("valuations")).isEmpty();
    }

    @Test
    void aLoanReviewLeftEmptyTakesTheCurrentInsuranceValuationIntoTheAgreement() {
        String a = published("留聲機");
        assertThat(as(REGISTRAR).postJson("/api/v1/valuations", valuation(a, 2750000, "2025-05-05")).status()).isEqualTo(201);
        Map<String, Object> application = new HashMap<>(Map.of("institution", "國立臺灣文學館", "contactName", "聯絡人",
                "contactEmail", email("valuation"), "consent", true, "exhibitionTitle", "聲音的歷史", "venue", "展覽室",
                "objectNumbers", List.of(a), "periodFrom", today().plusDays(20).toString(),
                "periodTo", today().plusDays(60).toString()));
        Reply applied = anonymous().postJson("/api/v1/loans", application);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String number = applied.json().get("number").asString();
        // the review form starts from the current insurance valuation
        assertThat(as(REGISTRAR).get("/staff/loans/" + number).text()).contains("value=\"2750000\"");
        JsonNode loan = as(REGISTRAR).get("/api/v1/loans/" + number).json();
        Reply reviewed = as(REGISTRAR).postJson("/api/v1/loans/" + number + "/review", Map.of("objects",
                List.of(Map.of("objectNumber", a, "decision", "APPROVED")), "version", loan.get("version").asLong()));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonNode object = reviewed.json().get("objects").get(0);
        assertThat(object.get("insuranceValue").decimalValue()).isEqualByComparingTo("2750000");
        assertThat(object.get("insuranceValuationId").asLong()).isPositive();
        String agreement = PdfText.of(as(REGISTRAR).get("/api/v1/loans/" + number + "/agreement.pdf").bytes());
        assertThat(agreement).contains("2,750,000");
        assertThat(as(REGISTRAR).get("/api/v1/valuations/" + object.get("insuranceValuationId").asLong()).json()
                .get("loans").toString()).contains(number);
    }

    @Test
    void amountsAndValuersReachNoPublicSurface() {
        String a = published("天文鐘 " + AMOUNT_MARKER.substring(0, 2));
        assertThat(as(REGISTRAR).postJson("/api/v1/valuations", valuation(a, Long.parseLong(AMOUNT_MARKER), "2025-02-02"))
                .status()).isEqualTo(201);
        new PublicSurfaces(anonymous(), asAdmin()).objects(a).searchFor(VALUER_MARKER, AMOUNT_MARKER)
                .assertNoneContains(AMOUNT_MARKER, "8,193,746", VALUER_MARKER, "APPR-115-003");
    }
}
