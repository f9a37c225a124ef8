package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;

/** Techniques and subjects on object pages are links to browse by them, and have term pages. */
class TechniqueAndSubjectLinksTest extends MuseumTestBase {

    @Test
    void techniqueAndSubjectLinksBrowseTheirObjects() {
        TestHttp staff = asAdmin();
        String id = Long.toString(System.nanoTime(), 36);
        String technique = "lacquer-" + id;
        String subject = "navigation-" + id;
        ok(staff.postJson("/api/v1/vocabularies/technique/terms", Map.of("code", technique, "label", Map.of("zh", "髹漆" + id, "en", "Lacquering"))));
        ok(staff.postJson("/api/v1/vocabularies/subject/terms", Map.of("code", subject, "label", Map.of("zh", "航海" + id, "en", "Navigation"))));
        String with = "TS/" + id + "/1";
        String without = "TS/" + id + "/2";
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", with, "title", Map.of("zh", "漆盒羅盤" + id),
                "techniques", List.of(technique), "subjects", List.of(subject))));
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", without, "title", Map.of("zh", "普通羅盤" + id))));
        ok(staff.post(PublicFixture.path(with) + "/publish"));
        ok(staff.post(PublicFixture.path(without) + "/publish"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(anonymous()
                .get("/api/v1/search?filter.technique=" + technique).json().path("total").asLong()).isEqualTo(1));

        String object = anonymous().get(PublicFixture.page(with)).text();
        assertThat(object).contains("/objects?filter.technique=" + technique, "/terms/technique/" + technique,
                "/objects?filter.subject=" + subject, "/terms/subject/" + subject);

        for (String path : List.of("/objects?filter.technique=" + technique, "/objects?filter.subject=" + subject,
                "/terms/technique/" + technique, "/terms/subject/" + subject)) {
            Reply page = anonymous().get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.text()).as(path).contains("漆盒羅盤" + id).doesNotContain("普通羅盤" + id);
        }
        assertThat(anonymous().get("/objects?filter.technique=" + technique).text()).contains("髹漆" + id);
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
