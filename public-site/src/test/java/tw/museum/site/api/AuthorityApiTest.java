package tw.museum.site.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** People, places and vocabularies over real HTTP: list, read, create, update, retire, and bad input. */
class AuthorityApiTest extends MuseumTestBase {

    @Test
    void agents() {
        String name = "李" + System.nanoTime();
        Reply created = as(CURATOR).postJson("/api/v1/agents",
                Map.of("kind", "PERSON", "name", Map.of("zh", name, "en", "Li"), "beginYear", 1900));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        assertThat(anonymous().get("/api/v1/agents?q=" + name).json().path("items").get(0).path("id").asLong()).isEqualTo(id);
        Map<String, Object> edit = new HashMap<>(Map.of("kind", "PERSON", "name", Map.of("zh", name, "en", "Li Ming"),
                "version", created.json().path("version").asLong()));
        assertThat(as(CURATOR).putJson("/api/v1/agents/" + id, edit).json().path("name").path("en").asString()).isEqualTo("Li Ming");
        assertThat(as(CURATOR).putJson("/api/v1/agents/" + id, edit).status()).isEqualTo(409);
        assertThat(as(CURATOR).post("/api/v1/agents/" + id + "/retire").json().path("retired").asBoolean()).isTrue();

        Reply bad = as(CURATOR).postJson("/api/v1/agents", Map.of("kind", "ROBOT", "name", Map.of("en", "x")));
        assertThat(bad.status()).isEqualTo(400);
        Reply noName = as(CURATOR).postJson("/api/v1/agents", Map.of("kind", "PERSON", "name", Map.of("en", "x")));
        assertThat(noName.json().path("errors").get(0).path("field").asString()).isEqualTo("name.zh");
        assertThat(anonymous().get("/api/v1/agents/999999999").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/agents/abc").status()).isEqualTo(400);
        assertThat(as(CONSERVATOR).postJson("/api/v1/agents", Map.of("kind", "PERSON", "name", Map.of("zh", "x"))).status())
                .isEqualTo(403);
    }

    @Test
    void places() {
        Reply taiwan = as(CURATOR).postJson("/api/v1/places", Map.of("name", Map.of("zh", "臺灣", "en", "Taiwan")));
        assertThat(taiwan.status()).isEqualTo(201);
        Reply tainan = as(CURATOR).postJson("/api/v1/places", Map.of("name", Map.of("zh", "臺南市"),
                "parentId", taiwan.json().path("id").asLong(), "latitude", 23.0, "longitude", 120.2));
        assertThat(tainan.json().path("parentId").asLong()).isEqualTo(taiwan.json().path("id").asLong());
        assertThat(anonymous().get("/api/v1/places/" + tainan.json().path("id").asLong()).status()).isEqualTo(200);
        Reply badParent = as(CURATOR).postJson("/api/v1/places", Map.of("name", Map.of("zh", "某地"), "parentId", 987654321));
        assertThat(badParent.json().path("errors").get(0).path("code").asString()).isEqualTo("unknown-place");
    }

    @Test
    void vocabularies() {
        assertThat(anonymous().get("/api/v1/vocabularies").json()).extracting(JsonNode::asString)
                .contains("object-name", "classification", "material", "technique", "subject", "condition");
        String code = "flaking-" + System.nanoTime();
        Reply created = as(CURATOR).postJson("/api/v1/vocabularies/condition/terms",
                Map.of("code", code, "label", Map.of("zh", "顏料剝落", "en", "flaking paint")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(anonymous().get("/api/v1/vocabularies/condition/terms/" + code).json().path("label").path("zh").asString())
                .isEqualTo("顏料剝落");
        Reply updated = as(CURATOR).putJson("/api/v1/vocabularies/condition/terms/" + code,
                Map.of("code", code, "label", Map.of("zh", "彩繪剝落", "en", "flaking paint"),
                        "version", created.json().path("version").asLong()));
        assertThat(updated.json().path("label").path("zh").asString()).isEqualTo("彩繪剝落");
        assertThat(as(CURATOR).post("/api/v1/vocabularies/condition/terms/" + code + "/retire").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/vocabularies/no-such-vocabulary/terms").status()).isEqualTo(404);
        assertThat(as(CURATOR).postJson("/api/v1/vocabularies/condition/terms",
                Map.of("code", "Bad Code", "label", Map.of("zh", "x"))).status()).isEqualTo(400);
    }
}
