package tw.museum.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;

/** Search through the API of the running museum: the index follows the catalogue; the public sees public data. */
class SearchApiTest extends MuseumTestBase {

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    List<String> found(TestHttp who, String query) {
        JsonNode hits = who.get("/api/v1/search?q=" + q(query) + "&pageSize=50").json().path("hits");
        return hits.valueStream().map(h -> h.path("objectNumber").asString()).toList();
    }

    @Test
    void everyCommittedChangeReachesTheIndexAndThePublicSeesOnlyPublishedPublicData() {
        String number = "SRCH-" + System.nanoTime();
        String vault = "VAULTX" + System.nanoTime();
        Reply created = as(CURATOR).postJson("/api/v1/artifacts", Map.of(
                "objectNumber", number,
                "title", Map.of("zh", "臺灣製電子顯微鏡", "en", "Electron microscope made in Taiwan"),
                "restricted", Map.of("storageLocation", vault)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // drafts: staff find them (by title and by restricted text), the public does not
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(found(as(CURATOR), "顯微鏡")).contains(number));
        assertThat(found(as(CURATOR), vault)).containsExactly(number);
        assertThat(found(anonymous(), "顯微鏡")).doesNotContain(number);

        as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        // 台 and 臺 are the same character to the search
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(found(anonymous(), "台灣製")).contains(number));
        assertThat(found(anonymous(), vault)).doesNotContain(number);
        assertThat(anonymous().get("/api/v1/search?q=" + q("顯微鏡")).text()).doesNotContain(vault);

        as(CURATOR).post("/api/v1/artifacts/" + number + "/withdraw");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(found(anonymous(), "顯微鏡")).doesNotContain(number));
    }

    @Test
    void facetsSuggestionsAndRelatedObjects() {
        String prefix = "FAC" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            String number = prefix + "." + i;
            as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                    "title", Map.of("zh", "真空管收音機 第" + i + "號", "en", "Valve radio no. " + i),
                    "productionDate", Map.of("display", Map.of("zh", "民國5" + i + "年"))));
            as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(found(anonymous(), prefix)).hasSize(3));

        JsonNode result = anonymous().get("/api/v1/search?q=" + prefix + "&facet=decade&facet=has_image").json();
        assertThat(result.path("total").asLong()).isEqualTo(3);
        assertThat(result.path("facets").toString()).contains("196");

        JsonNode suggestions = anonymous().get("/api/v1/search/suggest?q=" + q("真空")).json();
        assertThat(suggestions.toString()).contains("真空管收音機");

        Reply related = anonymous().get("/api/v1/artifacts/" + prefix + ".0/related");
        assertThat(related.status()).isEqualTo(200);
        assertThat(related.json().valueStream().map(h -> h.path("objectNumber").asString()))
                .doesNotContain(prefix + ".0");
        assertThat(anonymous().get("/api/v1/artifacts/NOT-THERE/related").status()).isEqualTo(404);
    }

    @Test
    void badQueriesAreClearClientErrorsNeverServerErrors() {
        for (String bad : List.of("q=" + q("\"unbalanced"), "pageSize=1000", "page=999999999", "facet=nope",
                "q=" + "x".repeat(10_000), "sort=sideways", "yearFrom=2000&yearTo=1900", "nonsense=1")) {
            Reply reply = anonymous().get("/api/v1/search?" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            JsonNode error = reply.json().path("errors").get(0);
            assertThat(error.path("field").asString()).isNotBlank();
            // Worded from the bundle, not the bare code.
            assertThat(error.path("message").asString()).as(bad).isNotBlank().isNotEqualTo(error.path("code").asString());
            assertThat(reply.text()).doesNotContain("Exception", "at tw.museum");
        }
    }

    @Test
    void badQueriesAreExplainedInTheCallersLanguage() {
        JsonNode chinese = anonymous().get("/api/v1/search?facet=nope").json().path("errors").get(0);
        assertThat(chinese.path("code").asString()).isEqualTo("unknown-facet");
        assertThat(chinese.path("message").asString()).contains("nope", "classification", "未知");
        Reply english = anonymous().header("Accept-Language", "en").get("/api/v1/search?q=" + q("\"Sheung Wan"));
        assertThat(english.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Unbalanced quote at character 1: close the phrase with a second \".");
    }

    @Test
    void onlyAdministratorsRebuildTheIndex() {
        assertThat(as(CURATOR).post("/api/v1/search/rebuild").status()).isEqualTo(403);
        Reply rebuilt = asAdmin().post("/api/v1/search/rebuild");
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.json().path("indexed").asLong()).isPositive();
        JsonNode health = anonymous().get("/actuator/health").json();
        assertThat(health.path("components").path("searchIndex").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theWorkspaceListSearchesTheIndexAsStaff() {
        String number = "WS-" + System.nanoTime();
        String shelf = "SHELFQ" + System.nanoTime();
        as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                "title", Map.of("zh", "臺灣光學顯微鏡草稿"), "restricted", Map.of("storageLocation", shelf)));
        // a draft found by its variant spelling and by its restricted storage location, as staff only
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(as(CONSERVATOR).get("/staff/artifacts?q=" + q("台灣光學")).text()).contains(number));
        assertThat(as(CONSERVATOR).get("/staff/artifacts?q=" + shelf).text()).contains(number);
        assertThat(anonymous().get("/staff/artifacts?q=" + shelf).status()).isEqualTo(302);
    }
}
