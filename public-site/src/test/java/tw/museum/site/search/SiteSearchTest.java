package tw.museum.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import tools.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/**
 * The one search box over real HTTP: people, terms and objects in one typed answer, narrowed by type; a typo
 * answered approximately with a correction; nothing of drafts; the API's shared paging names.
 */
class SiteSearchTest extends MuseumTestBase {

    @Test
    void oneSearchBoxFindsEveryPublicTypeForgivesTyposAndHidesDrafts() {
        String id = Long.toString(System.nanoTime(), 36);
        String word = "gyro" + id;
        String classification = "instr-" + id;
        ok(as(CURATOR).postJson("/api/v1/vocabularies/classification/terms",
                Map.of("code", classification, "label", Map.of("zh", "儀器" + id, "en", "Instruments " + word))));
        long maker = ok(as(CURATOR).postJson("/api/v1/agents", Map.of("kind", "PERSON",
                "name", Map.of("zh", "林" + id, "en", "Lin " + word)))).json().path("id").asLong();
        long draftOnly = ok(as(CURATOR).postJson("/api/v1/agents", Map.of("kind", "PERSON",
                "name", Map.of("zh", "草稿" + id, "en", "Draftonly " + word)))).json().path("id").asLong();
        String published = "SRCH-" + id + "-1";
        ok(as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", published,
                "title", Map.of("zh", word + "陀螺儀", "en", "Gyroscope " + word), "classification", classification,
                "makers", List.of(Map.of("agentId", maker)))));
        ok(as(CURATOR).post("/api/v1/artifacts/" + published + "/publish"));
        ok(as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", "SRCH-" + id + "-D",
                "title", Map.of("zh", "草稿物件", "en", "Draft " + word), "makers", List.of(Map.of("agentId", draftOnly)))));

        // Objects, the maker and the classification term, each typed, in one answer.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(types(anonymous().get("/api/v1/search?type=all&q=" + word).json()))
                        .containsExactlyInAnyOrder("object", "person", "term"));
        Reply page = anonymous().get("/search?q=" + word);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("data-type=\"person\"", "data-type=\"term\"", "data-type=\"object\"",
                        "/people/" + maker, "/terms/classification/" + classification, "/objects/" + published)
                .doesNotContain("Draftonly", "/people/" + draftOnly, "Draft " + word);
        // Narrowed to people; the object API keeps answering objects only.
        assertThat(anonymous().get("/search?type=person&q=" + word).text()).contains("/people/" + maker)
                .doesNotContain("/objects/" + published, "/terms/classification/");
        assertThat(types(anonymous().get("/api/v1/search?q=" + word).json())).containsOnly("object");

        // A typo (letters swapped): nothing exact, so an approximate answer with the word as the index spells it.
        String typo = "gryo" + id;
        JsonNode approximate = anonymous().get("/api/v1/search?type=all&q=" + typo).json();
        assertThat(approximate.path("approximate").asBoolean()).isTrue();
        assertThat(approximate.path("didYouMean").asText()).isEqualTo(word);
        assertThat(types(approximate)).contains("object", "person");
        assertThat(anonymous().get("/search?q=" + typo).text()).contains("id=\"approximate\"", "id=\"did-you-mean\"",
                "/search?q=" + word);
    }

    @Test
    void listsAndSearchShareThePageSizeNameAndTheOldOneStillWorks() {
        assertThat(anonymous().get("/api/v1/artifacts?pageSize=1").json().path("items").size()).isLessThanOrEqualTo(1);
        assertThat(anonymous().get("/api/v1/artifacts?pageSize=1").json().path("size").asInt()).isEqualTo(1);
        assertThat(anonymous().get("/api/v1/artifacts?size=2").json().path("size").asInt()).isEqualTo(2);
        assertThat(anonymous().get("/api/v1/search?pageSize=2").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/search?size=2").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/artifacts?pageSize=100000").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/search?type=exhibitionz").status()).isEqualTo(400);
    }

    @Test
    void staffSeeWhatVisitorsSearchedForPerMonthWithoutPersonalData() {
        String id = Long.toString(System.nanoTime(), 36);
        String missing = "zzqx" + id;
        anonymous().get("/search?q=" + missing);
        anonymous().get("/search?q=" + missing.toUpperCase(java.util.Locale.ROOT)); // counted as the same query
        anonymous().get("/objects?q=" + missing);
        anonymous().get("/search?q=someone" + id + "%40example.org"); // an e-mail address: never counted
        anonymous().get("/search?q=0912-345-678");                     // a telephone number: never counted
        as(CURATOR).get("/search?q=staffonly" + id);                    // staff searches are not the public's
        Reply insight = as(CURATOR).get("/staff/search-insight");
        assertThat(insight.status()).isEqualTo(200);
        assertThat(insight.text()).contains("<td>" + missing + "</td><td>3</td><td>3</td>")
                .doesNotContain("example.org", "0912", "staffonly" + id);
        assertThat(anonymous().header("Accept", "text/html").get("/staff/search-insight").status()).isNotEqualTo(200);
    }

    private static List<String> types(JsonNode result) {
        List<String> types = new ArrayList<>();
        result.path("hits").forEach(h -> types.add(h.path("type").asText().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        return types.stream().distinct().toList();
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
        return reply;
    }
}
