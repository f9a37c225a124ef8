package tw.museum.site.donation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.loan.LoansAndDonationsTestBase;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.TestHttp;

/**
 * Donations through the REST API: a donor offers without an account, a curator evaluates, the committee's
 * acceptance accessions the objects with the agreed credit, the donor is emailed; donor details stay off the
 * public side and the open-data dumps.
 */
class DonationApiTest extends LoansAndDonationsTestBase {

    static Map<String, Object> offer(String email, String credit, String creditName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("donorName", DONOR_MARKER);
        body.put("donorEmail", email);
        body.put("donorPhone", "0911-DONOR");
        body.put("donorAddress", "DONOR-ADDRESS-路");
        body.put("consent", true);
        body.put("creditChoice", credit);
        body.put("creditName", creditName);
        body.put("giftConditions", "不得轉售");
        body.put("objects", List.of(Map.of("title", "手搖電話機", "description", "黑色膠木電話", "history",
                "祖父 1960 年代於臺南郵電局使用", "dateMade", "1960年代")));
        return body;
    }

    String offerAccepted(String email, String credit, String creditName) {
        TestHttp.Reply r = anonymous().postJson("/api/v1/donations", offer(email, credit, creditName));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        String number = r.json().get("number").asString();
        JsonNode v = as(CURATOR).get("/api/v1/donations/" + number).json();
        TestHttp.Reply evaluated = as(CURATOR).postJson("/api/v1/donations/" + number + "/evaluation", Map.of(
                "evaluation", Map.of("relevance", "補足通訊收藏", "condition", "良好", "provenance", "家傳，無爭議",
                        "storageCost", "小", "recommendation", "ACCEPT"), "version", v.get("version").asLong()));
        assertThat(evaluated.status()).as(evaluated.text()).isEqualTo(200);
        String today = LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE).toString();
        TestHttp.Reply decided = as(REGISTRAR).postJson("/api/v1/donations/" + number + "/decision", Map.of(
                "decision", Map.of("decision", "ACCEPT", "date", today, "minutesReference", "典藏會議 115-3"),
                "version", evaluated.json().get("version").asLong()));
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        return number;
    }

    @Test
    void anAcceptedOfferBecomesACatalogueRecordAndTheDonorIsThanked() {
        String email = email("donor");
        String number = offerAccepted(email, "NAME", null);
        JsonNode offer = as(REGISTRAR).get("/api/v1/donations/" + number).json();
        assertThat(offer.get("status").asString()).isEqualTo("ACCEPTED");
        String objectNumber = offer.at("/objects/0/objectNumber").asString();
        assertThat(objectNumber).matches(LocalDate.now().getYear() + "\\.\\d{4}|" + (LocalDate.now().getYear() + 1) + "\\.\\d{4}");

        JsonNode artifact = as(CURATOR).get("/api/v1/artifacts/" + objectNumber).json();
        assertThat(artifact.get("status").asString()).isEqualTo("DRAFT");
        assertThat(artifact.at("/title/zh").asString()).isEqualTo("手搖電話機");
        assertThat(artifact.at("/provenance/zh").asString()).isEqualTo("祖父 1960 年代於臺南郵電局使用");
        assertThat(artifact.at("/creditLine/en").asString()).isEqualTo("Gift of " + DONOR_MARKER);

        String deed = PdfText.of(as(CURATOR).get("/api/v1/donations/" + number + "/deed-of-gift.pdf").bytes());
        assertThat(deed).contains("捐贈證明書").contains(DONOR_MARKER).contains(objectNumber).contains("手搖電話機")
                .contains("典藏會議 115-3").contains("不得轉售");
        String thanks = PdfText.of(as(CURATOR).get("/api/v1/donations/" + number + "/thank-you.pdf").bytes());
        assertThat(thanks).contains("感謝函").contains(DONOR_MARKER).contains(objectNumber);

        assertThat(texts(email, 2)).anySatisfy(t -> assertThat(t).contains(number).contains("已收到"))
                .anySatisfy(t -> assertThat(t).contains("感謝您的捐贈"));
    }

    @Test
    void onlyDonationStaffSeeOffers() {
        TestHttp.Reply r = anonymous().postJson("/api/v1/donations", offer(email("d"), "ANONYMOUS", null));
        String number = r.json().get("number").asString();
        assertThat(anonymous().get("/api/v1/donations/" + number).status()).isEqualTo(401);
        assertThat(as(CONSERVATOR).get("/api/v1/donations/" + number).status()).isEqualTo(403);
        assertThat(as(CURATOR).get("/api/v1/donations/" + number).json().at("/donor/name").asString()).isEqualTo(DONOR_MARKER);
    }

    @Test
    void badOffersGetProblemsWithFields() {
        Map<String, Object> body = offer("not-an-email", "CUSTOM", "");
        body.put("objects", List.of(Map.of("title", "")));
        TestHttp.Reply r = anonymous().postJson("/api/v1/donations", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .contains("donorEmail", "creditName", "objects[0].title", "objects[0].description");
    }

    @Test
    void anAnonymousGiftPublishedAndDumpedShowsNoDonorDetails() {
        String number = offerAccepted(email("anon"), "ANONYMOUS", null);
        String objectNumber = as(CURATOR).get("/api/v1/donations/" + number).json().at("/objects/0/objectNumber").asString();
        assertThat(as(CURATOR).post("/api/v1/artifacts/" + objectNumber + "/publish").status()).isEqualTo(200);
        assertThat(asAdmin().post("/api/v1/opendata/regenerate").status()).isEqualTo(200);
        String page = anonymous().get("/objects/" + objectNumber).text();
        assertThat(page).contains("匿名捐贈");
        for (String text : List.of(page, anonymous().get("/api/v1/artifacts/" + objectNumber).text(),
                anonymous().get("/opendata/artifacts.json").text(), anonymous().get("/opendata/artifacts.csv").text(),
                anonymous().get("/opendata/artifacts.lido.xml").text())) {
            assertThat(text).doesNotContain(DONOR_MARKER).doesNotContain("0911-DONOR").doesNotContain("DONOR-ADDRESS")
                    .doesNotContain("不得轉售");
        }
    }
}
