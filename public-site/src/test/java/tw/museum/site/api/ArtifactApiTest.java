package tw.museum.site.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** The artifact API over real HTTP: every operation, bad input, roles and what the public may see. */
class ArtifactApiTest extends MuseumTestBase {

    String material;
    String number;

    @BeforeEach
    void vocabulary() {
        material = "brass-" + System.nanoTime();
        Reply term = as(CURATOR).postJson("/api/v1/vocabularies/material/terms",
                Map.of("code", material, "label", Map.of("zh", "黃銅", "en", "brass")));
        assertThat(term.status()).as(term.toString()).isEqualTo(201);
        number = "API-" + System.nanoTime();
    }

    Map<String, Object> artifact(String objectNumber, String titleZh) {
        return Map.of(
                "objectNumber", objectNumber,
                "title", Map.of("zh", titleZh, "en", "Telegraph key"),
                "materials", List.of(material),
                "productionDate", Map.of("display", Map.of("zh", "民國38年")),
                "dimensions", List.of(Map.of("aspect", "length", "value", 12.5, "unit", "cm")),
                "restricted", Map.of("storageLocation", "SECRET-SHELF-7", "insuranceValue", 88000,
                        "insuranceCurrency", "TWD", "internalNotes", "INTERNAL-NOTE-XYZ"));
    }

    @Test
    void staffCreateReadUpdatePublishAndWithdraw() {
        Reply created = as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "電報鍵"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/artifacts/" + number);
        JsonNode body = created.json();
        assertThat(body.path("status").asString()).isEqualTo("DRAFT");
        assertThat(body.path("productionDate").path("earliestYear").asInt()).isEqualTo(1949);
        assertThat(body.path("restricted").path("storageLocation").asString()).isEqualTo("SECRET-SHELF-7");

        Map<String, Object> edit = new java.util.HashMap<>(artifact(number, "電報按鍵"));
        edit.put("version", body.path("version").asLong());
        Reply updated = as(CURATOR).putJson("/api/v1/artifacts/" + number, edit);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("title").path("zh").asString()).isEqualTo("電報按鍵");

        assertThat(as(CURATOR).post("/api/v1/artifacts/" + number + "/publish").json().path("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(anonymous().get("/api/v1/artifacts/" + number).status()).isEqualTo(200);

        assertThat(as(CURATOR).post("/api/v1/artifacts/" + number + "/withdraw").json().path("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(anonymous().get("/api/v1/artifacts/" + number).status()).isEqualTo(404);
    }

    @Test
    void missingChineseTitleIsAProblemNamingTheFieldInTheCallersLanguage() {
        Map<String, Object> data = new java.util.HashMap<>(artifact(number, "x"));
        data.put("title", Map.of("en", "English only"));

        Reply zh = as(CURATOR).postJson("/api/v1/artifacts", data);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.json().path("errors")).anySatisfy(e -> {
            assertThat(e.path("field").asString()).isEqualTo("title.zh");
            assertThat(e.path("code").asString()).isEqualTo("required");
            assertThat(e.path("message").asString()).isEqualTo("此欄位必填。");
        });

        Reply en = as(CURATOR).header("Accept-Language", "en").postJson("/api/v1/artifacts", data);
        assertThat(en.json().path("errors").get(0).path("message").asString()).isEqualTo("This field is required.");
        assertThat(en.text()).doesNotContain("Exception", "at tw.museum");
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + number).status()).isEqualTo(404);
    }

    @Test
    void duplicateObjectNumberAndUnknownTermAreRefused() {
        assertThat(as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "甲")).status()).isEqualTo(201);

        Reply duplicate = as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "乙"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("errors").get(0).path("code").asString()).isEqualTo("duplicate");

        Map<String, Object> unknownTerm = new java.util.HashMap<>(artifact(number + "B", "丙"));
        unknownTerm.put("materials", List.of("unobtainium"));
        Reply unknown = as(CURATOR).postJson("/api/v1/artifacts", unknownTerm);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("materials[0]");
        assertThat(unknown.json().path("errors").get(0).path("code").asString()).isEqualTo("unknown-term");
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + number).json().path("title").path("zh").asString())
                .isEqualTo("甲");
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentVersion() {
        long v0 = as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "原名")).json().path("version").asLong();
        Map<String, Object> first = new java.util.HashMap<>(artifact(number, "第一次"));
        first.put("version", v0);
        assertThat(as(CURATOR).putJson("/api/v1/artifacts/" + number, first).status()).isEqualTo(200);

        Map<String, Object> stale = new java.util.HashMap<>(artifact(number, "過期的修改"));
        stale.put("version", v0);
        Reply refused = as(CURATOR).putJson("/api/v1/artifacts/" + number, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("currentVersion").asLong()).isEqualTo(v0 + 1);
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + number).json().path("title").path("zh").asString())
                .isEqualTo("第一次");
    }

    @Test
    void malformedBodiesAndParametersGetClearErrors() {
        Reply malformed = as(CURATOR).postJson("/api/v1/artifacts", "{\"objectNumber\": \"X\", \"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("type").asString()).isEqualTo("urn:museum:problem:unreadable-body");

        assertThat(anonymous().get("/api/v1/artifacts?size=100000").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/artifacts?page=-1").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/artifacts?status=NOPE").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/artifacts?sort=internalNotes").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/artifacts?q=" + "x".repeat(3000)).status()).isEqualTo(200);
    }

    @Test
    void theseRolesAndOnlyTheseMayChangeRecords() {
        assertThat(anonymous().postJson("/api/v1/artifacts", artifact(number, "甲")).status()).isEqualTo(401);
        assertThat(as(CONSERVATOR).postJson("/api/v1/artifacts", artifact(number, "甲")).status()).isEqualTo(403);
        assertThat(as("nobody").postJson("/api/v1/artifacts", artifact(number, "甲")).status()).isEqualTo(401);
        assertThat(asAdmin().postJson("/api/v1/artifacts", artifact(number, "甲")).status()).isEqualTo(201);
        assertThat(anonymous().get("/api/v1/artifacts/" + number + "/history").status()).isEqualTo(401);
    }

    @Test
    void thePublicNeverSeesDraftsOrRestrictedFields() {
        as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "草稿"));
        String published = number + "P";
        as(CURATOR).postJson("/api/v1/artifacts", artifact(published, "已公開"));
        as(CURATOR).post("/api/v1/artifacts/" + published + "/publish");

        Reply draft = anonymous().get("/api/v1/artifacts/" + number);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.text()).doesNotContain("草稿");

        Reply list = anonymous().get("/api/v1/artifacts?q=" + number + "&size=50");
        assertThat(list.json().path("items")).extracting(i -> i.path("objectNumber").asString()).containsExactly(published);
        Reply filteredByStatus = anonymous().get("/api/v1/artifacts?q=" + number + "&status=DRAFT");
        assertThat(filteredByStatus.json().path("items")).isEmpty();

        for (Reply r : List.of(list, anonymous().get("/api/v1/artifacts/" + published),
                anonymous().get("/api/v1/artifacts/" + published + "/media"))) {
            assertThat(r.text()).doesNotContain("SECRET-SHELF-7", "INTERNAL-NOTE-XYZ", "88000", "restricted",
                    "createdBy", "curator");
        }
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + published).text()).contains("SECRET-SHELF-7");
    }

    @Test
    void historyShowsWhoChangedWhatForStaff() {
        long v0 = as(CURATOR).postJson("/api/v1/artifacts", artifact(number, "舊名")).json().path("version").asLong();
        Map<String, Object> edit = new java.util.HashMap<>(artifact(number, "新名"));
        edit.put("version", v0);
        as(CURATOR).putJson("/api/v1/artifacts/" + number, edit);

        JsonNode history = as(CONSERVATOR).get("/api/v1/artifacts/" + number + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("action").asString()).isEqualTo("UPDATE");
        assertThat(history.get(0).path("actor").asString()).isEqualTo(CURATOR);
        assertThat(history.get(0).path("changes")).anySatisfy(c -> {
            assertThat(c.path("path").asString()).isEqualTo("/title/zh");
            assertThat(c.path("before").asString()).isEqualTo("舊名");
            assertThat(c.path("after").asString()).isEqualTo("新名");
        });
    }

    @Test
    void objectNumbersWithSlashesTravelEncodedAndCannotEscapeTheirSegment() {
        String legacy = "CA" + System.nanoTime() + "/3/23";
        assertThat(as(CURATOR).postJson("/api/v1/artifacts", artifact(legacy, "舊編號")).status()).isEqualTo(201);
        String encoded = legacy.replace("/", "%2F");

        Reply read = as(CURATOR).get("/api/v1/artifacts/" + encoded);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("objectNumber").asString()).isEqualTo(legacy);
        // The encoded slash stays inside the path variable: it cannot reach the history endpoint anonymously.
        assertThat(anonymous().get("/api/v1/artifacts/" + encoded + "/history").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/artifacts/x%2F..%2F..%2Fhistory").status()).isIn(400, 404);
        assertThat(anonymous().get("/api/v1/artifacts/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Reply doc = anonymous().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").has("/api/v1/artifacts/{objectNumber}")).isTrue();
        assertThat(doc.json().path("paths").has("/api/v1/artifacts/{objectNumber}/media")).isTrue();
    }

    @Test
    void healthReportsTheDatabaseAndTheMediaStore() {
        JsonNode health = anonymous().get("/actuator/health").json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mediaStore").path("status").asString()).isEqualTo("UP");
        // no font configured: the bundled one serves, so documents are UP on a machine with only a JDK
        assertThat(health.path("components").path("documentFont").path("status").asString()).isEqualTo("UP");
    }
}
