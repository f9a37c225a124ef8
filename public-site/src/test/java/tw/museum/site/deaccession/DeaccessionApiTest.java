package tw.museum.site.deaccession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.loan.LoanService;
import tw.museum.site.loan.LoansAndDonationsTestBase;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * Deaccession over real HTTP: a curator proposes, an administrator records the committee's approval, a
 * registrar the disposal; the object leaves every public surface (OAI-PMH reports it deleted) while its
 * record stays for staff; roles, problems, the record PDF in both languages, documents; reasons and
 * justifications reach no public surface.
 */
class DeaccessionApiTest extends LoansAndDonationsTestBase {

    static final String JUSTIFICATION_MARKER = "DEACCMARK-7W";
    static final String RECIPIENT_MARKER = "RECIPMARK-5T";

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
    }

    static Map<String, Object> proposal(String... objects) {
        return Map.of("objectNumbers", List.of(objects), "reasons", List.of("DUPLICATE", "BEYOND_REPAIR"),
                "justification", "同型收音機已典藏三件；本件機殼碎裂。" + JUSTIFICATION_MARKER,
                "proposedMethod", "TRANSFER", "proposedRecipient", "國立臺南高工 " + RECIPIENT_MARKER);
    }

    JsonNode propose(String... objects) {
        Reply r = as(CURATOR).postJson("/api/v1/deaccessions", proposal(objects));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/deaccessions/" + r.json().get("number").asString());
        return r.json();
    }

    Reply decide(String who, JsonNode d, String outcome) {
        return ("admin".equals(who) ? asAdmin() : as(who)).postJson("/api/v1/deaccessions/" + d.get("number").asString() + "/decision", Map.of(
                "decision", Map.of("outcome", outcome, "date", today().toString(), "minuteReference", "典藏委員會 115-1"),
                "version", d.get("version").asLong()));
    }

    long attachImage(String objectNumber) {
        Reply r = as(CURATOR).upload("/api/v1/artifacts/" + PublicSurfaces.segment(objectNumber) + "/media", "front.png",
                TestImages.png(64, 48), Map.of("rights", "CC0"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    String oaiRecord(String objectNumber) {
        String listed = anonymous().get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").text();
        Matcher prefix = Pattern.compile("<identifier>(oai:[^:<]+:)").matcher(listed);
        assertThat(prefix.find()).isTrue();
        return anonymous().get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + java.net.URLEncoder.encode(prefix.group(1) + objectNumber, StandardCharsets.UTF_8)).text();
    }

    @Test
    void proposedApprovedAndDisposedTheObjectLeavesEveryPublicViewAndItsRecordStays() {
        String a = published("故障的晶體收音機");
        long image = attachImage(a);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(anonymous()
                .get("/api/v1/search?q=" + java.net.URLEncoder.encode("故障的晶體收音機", StandardCharsets.UTF_8)).text()).contains(a));
        assertThat(anonymous().get("/iiif/3/m-" + image + "/info.json").status()).isEqualTo(200);

        JsonNode proposed = propose(a);
        String number = proposed.get("number").asString();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        // only administrators record the committee's decision, and never on their own proposal
        assertThat(decide(REGISTRAR, proposed, "APPROVED").status()).isEqualTo(403);
        assertThat(decide(CURATOR, proposed, "APPROVED").status()).isEqualTo(403);
        Reply approved = decide("admin", proposed, "APPROVED");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("objects").get(0).get("status").asString()).isEqualTo("DEACCESSIONED");

        // gone from the public side, reported deleted to harvesters, never to be published again
        assertThat(anonymous().get("/objects/" + a).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/artifacts/" + a).status()).isEqualTo(404);
        assertThat(anonymous().get("/iiif/presentation/3/" + a + "/manifest").status()).isEqualTo(404);
        assertThat(anonymous().get("/iiif/3/m-" + image + "/info.json").status()).isEqualTo(403);
        assertThat(anonymous().get("/sitemap.xml").text()).doesNotContain(a);
        assertThat(oaiRecord(a)).contains("status=\"deleted\"").doesNotContain("<metadata>");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(anonymous()
                .get("/api/v1/search?q=" + java.net.URLEncoder.encode("故障的晶體收音機", StandardCharsets.UTF_8)).text()).doesNotContain(a));
        Reply republish = as(CURATOR).post("/api/v1/artifacts/" + a + "/publish");
        assertThat(republish.status()).isEqualTo(400);
        assertThat(republish.json().get("errors").toString()).contains("status").contains("已註銷");
        // staff keep the record and can list what left the collection
        assertThat(as(CONSERVATOR).get("/api/v1/artifacts/" + a).json().get("status").asString()).isEqualTo("DEACCESSIONED");
        assertThat(as(CURATOR).get("/api/v1/artifacts?status=DEACCESSIONED&size=100").text()).contains(a);
        assertThat(as(CURATOR).get("/staff/artifacts?status=DEACCESSIONED").text()).contains(a);

        JsonNode decided = as(REGISTRAR).get("/api/v1/deaccessions/" + number).json();
        assertThat(as(CURATOR).postJson("/api/v1/deaccessions/" + number + "/disposal", Map.of("disposal",
                Map.of("method", "TRANSFER", "recipient", "國立臺南高工", "date", today().toString()),
                "version", decided.get("version").asLong())).status()).isEqualTo(403);
        Reply disposed = as(REGISTRAR).postJson("/api/v1/deaccessions/" + number + "/disposal", Map.of("disposal",
                Map.of("method", "TRANSFER", "recipient", "國立臺南高工", "date", today().toString(), "note", "移交清冊一份"),
                "version", decided.get("version").asLong()));
        assertThat(disposed.status()).as(disposed.toString()).isEqualTo(200);
        assertThat(disposed.json().get("status").asString()).isEqualTo("DISPOSED");

        Reply pdf = as(CONSERVATOR).get("/api/v1/deaccessions/" + number + "/record.pdf");
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(PdfText.of(pdf.bytes())).contains(number).contains("故障的晶體收音機").contains(JUSTIFICATION_MARKER)
                .contains("典藏委員會 115-1").contains("移撥他機關").contains("重複典藏");
        String english = PdfText.of(as(REGISTRAR).get("/api/v1/deaccessions/" + number + "/record.pdf?lang=en").bytes());
        assertThat(english).contains("Deaccession record " + number).contains("Transfer to another institution")
                .contains("Duplicate");
        assertThat(as(REGISTRAR).get("/api/v1/deaccessions/history?objectNumber=" + a).json().get(0)
                .get("status").asString()).isEqualTo("DISPOSED");
        assertThat(as(REGISTRAR).get("/api/v1/deaccessions/" + number + "/history").json()).hasSize(3);
        assertThat(anonymous().get("/api/v1/deaccessions/" + number).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/deaccessions/" + number + "/record.pdf").status()).isEqualTo(401);
    }

    @Test
    void problemsAreClearAndStepsOutOfOrderAreConflicts() {
        String a = published("破損的量角器");
        Reply bad = as(CURATOR).postJson("/api/v1/deaccessions", Map.of("objectNumbers", List.of(a, a, "NO-SUCH"),
                "reasons", List.of(), "justification", "", "proposedMethod", "SALE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").toString()).contains("objectNumbers[1]").contains("objectNumbers[2]")
                .contains("reasons").contains("justification").contains("本館不允許以出售方式處分藏品");
        Reply unreadable = as(CURATOR).postJson("/api/v1/deaccessions", Map.of("objectNumbers", List.of(a),
                "reasons", List.of("BORED"), "justification", "x", "proposedMethod", "TRANSFER"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(as(CONSERVATOR).postJson("/api/v1/deaccessions", proposal(a)).status()).isEqualTo(403);

        Reply own = asAdmin().postJson("/api/v1/deaccessions", proposal(a));
        assertThat(own.status()).isEqualTo(201);
        Reply byProposer = decide("admin", own.json(), "APPROVED");
        assertThat(byProposer.status()).isEqualTo(400);
        assertThat(byProposer.json().get("errors").toString()).contains("decision-by-proposer").contains("admin");
        String number = own.json().get("number").asString();
        Reply early = as(REGISTRAR).postJson("/api/v1/deaccessions/" + number + "/disposal", Map.of("disposal",
                Map.of("method", "DESTRUCTION", "date", today().toString()), "version", own.json().get("version").asLong()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("current").asString()).isEqualTo("PROPOSED");
        assertThat(early.json().get("needed").asString()).isEqualTo("APPROVED");
        Reply stale = as(CURATOR).postJson("/api/v1/deaccessions/" + number + "/cancel", Map.of("version", 99));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(as(CURATOR).postJson("/api/v1/deaccessions/" + number + "/cancel",
                Map.of("version", own.json().get("version").asLong())).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(as(CURATOR).get("/api/v1/deaccessions/DA-1999-9999").status()).isEqualTo(404);
        assertThat(anonymous().get("/objects/" + a).status()).isEqualTo(200);
    }

    @Test
    void documentsArePdfsOrImagesAndDownloadUnderTheirSafeName() {
        String a = published("壞掉的計算尺");
        JsonNode d = propose(a);
        String number = d.get("number").asString();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Reply uploaded = as(CURATOR).upload("/api/v1/deaccessions/" + number + "/documents?version=" + d.get("version").asLong(),
                "..\\..\\會議紀錄.pdf", pdf, Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        JsonNode document = uploaded.json().get("documents").get(0);
        assertThat(document.get("filename").asString()).isEqualTo("會議紀錄.pdf");
        Reply download = as(CONSERVATOR).get("/api/v1/deaccessions/" + number + "/documents/" + document.get("id").asLong());
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        Reply text = as(CURATOR).upload("/api/v1/deaccessions/" + number + "/documents?version="
                + uploaded.json().get("version").asLong(), "x.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(text.status()).isEqualTo(400);
        assertThat(as(CURATOR).get("/api/v1/deaccessions/" + number).json().get("documents")).hasSize(1);
    }

    /**
     * Reasons, justifications and recipients on no public surface, whether the object is still public (a
     * proposal under consideration) or gone (deaccessioned).
     */
    @Test
    void reasonsAndJustificationsReachNoPublicSurface() {
        String pending = published("待審議的幻燈機");
        String gone = published("已註銷的幻燈機");
        attachImage(gone);
        propose(pending);
        JsonNode d = propose(gone);
        assertThat(decide("admin", d, "APPROVED").status()).isEqualTo(200);
        new PublicSurfaces(anonymous(), asAdmin()).objects(pending, gone).searchFor(JUSTIFICATION_MARKER, "幻燈機")
                .assertNoneContains(JUSTIFICATION_MARKER, RECIPIENT_MARKER, "典藏委員會 115-1");
        String harvest = anonymous().get("/oai?verb=ListRecords&metadataPrefix=oai_dc").text();
        assertThat(harvest).doesNotContain("已註銷的幻燈機");
        assertThat(anonymous().get("/opendata/artifacts.json").text()).contains("待審議的幻燈機").doesNotContain("已註銷的幻燈機");
    }
}
