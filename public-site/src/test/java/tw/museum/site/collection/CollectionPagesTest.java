package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** The public pages: only published records, no restricted data, escaped output, both languages. */
class CollectionPagesTest extends MuseumTestBase {

    @Test
    void objectPagesShowPublishedRecordsEscapedAndWithoutRestrictedFields() {
        String number = "PAGE-" + System.nanoTime() + "/1";
        String hostileTitle = "<script>alert('x')</script>電話機";
        Reply created = as(CURATOR).postJson("/api/v1/artifacts", Map.of(
                "objectNumber", number,
                "title", Map.of("zh", hostileTitle),
                "description", Map.of("en", "A telephone <b>set</b>."),
                "restricted", Map.of("storageLocation", "VAULT-99", "internalNotes", "NOTE-FOR-STAFF")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/objects/" + number.replace("/", "%2F");

        assertThat(anonymous().get(path).status()).isEqualTo(404);
        assertThat(anonymous().get("/objects?q=" + number).text()).doesNotContain("電話機");

        as(CURATOR).post("/api/v1/artifacts/" + number.replace("/", "%2F") + "/publish");
        Reply page = anonymous().get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;電話機")
                .doesNotContain("<script>alert", "VAULT-99", "NOTE-FOR-STAFF")
                .contains("A telephone &lt;b&gt;set&lt;/b&gt;.")
                // the English description shown on a Chinese page is tagged with its language
                .contains("lang=\"en\"");
        // browsing goes through the search index, which the publication reaches right after its commit
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(anonymous().get("/objects?q=" + number).text()).contains(path));
        assertThat(anonymous().get("/objects?q=" + java.net.URLEncoder.encode("\"unbalanced", java.nio.charset.StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
    }

    @Test
    void englishIsOneParameterAwayAndRemembered() {
        Reply zh = anonymous().get("/");
        assertThat(zh.text()).contains("lang=\"zh-Hant\"").contains("數位博物館");
        Reply en = anonymous().get("/?lang=en");
        assertThat(en.text()).contains("lang=\"en\"").contains("Digital museum");
        String cookie = en.header("Set-Cookie");
        assertThat(cookie).startsWith("museum-lang=en");
        assertThat(anonymous().header("Cookie", cookie.split(";")[0]).get("/objects").text()).contains("Collection");
    }

    @Test
    void unknownObjectsAndBadPagesAreClearNotFoundPages() {
        Reply missing = anonymous().header("Accept", "text/html").get("/objects/NOPE-1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("找不到").doesNotContain("Exception");
        assertThat(anonymous().get("/objects?page=-5").status()).isEqualTo(200);
        assertThat(anonymous().get("/objects?page=abc").status()).isEqualTo(400);
    }
}
