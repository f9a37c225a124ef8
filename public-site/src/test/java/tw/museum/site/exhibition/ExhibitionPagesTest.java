package tw.museum.site.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.museum.site.exhibition.ExhibitionFixture.DRAFT_EXHIBITION_MARKER;
import static tw.museum.site.exhibition.ExhibitionFixture.DRAFT_OBJECT_MARKER;
import static tw.museum.site.exhibition.ExhibitionFixture.NOTES_MARKER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/** The public side of exhibitions over real HTTP, and the exhibition API: pages, object pages, sitemap, markers. */
class ExhibitionPagesTest extends MuseumTestBase {

    private static ExhibitionFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = ExhibitionFixture.create(as(CURATOR));
        }
    }

    @Test
    void theListShowsCurrentUpcomingAndPastPublishedExhibitionsInBothLanguages() {
        String zh = page("/exhibitions");
        assertThat(zh).contains("現正展出", "即將展出", "過去的展覽", "/exhibitions/" + f.current(),
                "/exhibitions/" + f.past(), "/exhibitions/" + f.upcoming(), "本館三樓第二特展室")
                .doesNotContain(DRAFT_EXHIBITION_MARKER, f.draft());
        assertThat(zh.indexOf("/exhibitions/" + f.current())).as("current first")
                .isLessThan(zh.indexOf("/exhibitions/" + f.upcoming()));
        assertThat(zh.indexOf("/exhibitions/" + f.upcoming())).isLessThan(zh.indexOf("/exhibitions/" + f.past()));
        assertThat(zh).as("markup in a title is text").contains("&lt;i&gt;臺灣製造&lt;/i&gt;").doesNotContain("<i>臺灣製造");
        assertThat(zh).contains("/media/" + f.radioImage() + "/thumbnail");
        String en = page("/exhibitions?lang=en");
        assertThat(en).contains("Now showing", "Coming soon", "Past exhibitions", "Made in Taiwan", "Gallery 2, 3rd floor");
    }

    @Test
    void anExhibitionPageShowsItsPublishedObjectsWithTheirLabelsOnly() {
        String html = page("/exhibitions/" + f.current());
        assertThat(html).contains("從真空管到電晶體。</p>", "第二段。</p>", "策展人 林", "館內展覽", "現正展出",
                "href=\"" + ExhibitionFixture.page(f.radio()), "展品說明：" + f.radio(), "/media/" + f.radioImage() + "/thumbnail",
                "展品（2 件）");
        assertThat(html).doesNotContain(NOTES_MARKER, DRAFT_OBJECT_MARKER, f.draftObject(), "50 lux");
        assertThat(page("/exhibitions/" + f.current().toLowerCase() + "?lang=en")).contains("Label of " + f.radio(), "In-house");
        for (String hidden : List.of(f.draft(), "EX-1999-9999", "no-such")) {
            for (String path : List.of("/exhibitions/" + hidden, "/api/v1/exhibitions/" + hidden)) {
                Reply reply = anonymous().get(path);
                assertThat(reply.status()).as(path).isEqualTo(404);
                assertThat(reply.text()).doesNotContain(DRAFT_EXHIBITION_MARKER);
            }
        }
    }

    @Test
    void objectPagesListTheirPublishedExhibitionsAndTheSitemapHasThem() {
        String radio = page(ExhibitionFixture.page(f.radio()));
        assertThat(radio).contains("展覽紀錄", "/exhibitions/" + f.current(), "/exhibitions/" + f.upcoming())
                .doesNotContain(f.draft(), "/exhibitions/" + f.past());
        assertThat(page(ExhibitionFixture.page(f.tv()))).contains("/exhibitions/" + f.past(), "/exhibitions/" + f.current());
        String sitemap = anonymous().get("/sitemap.xml").text();
        assertThat(sitemap).contains("/exhibitions</loc>", "/exhibitions/" + f.current() + "</loc>",
                "/exhibitions/" + f.past() + "</loc>").doesNotContain(f.draft());
    }

    @Test
    void thePublicApiAnswersPublicViewsAndStaffSeeEverything() {
        JsonNode shown = anonymous().get("/api/v1/exhibitions/" + f.current()).json();
        assertThat(shown.path("objects")).hasSize(2);
        assertThat(shown.toString()).doesNotContain(NOTES_MARKER, "displayNotes", "installation", f.draftObject());
        JsonNode list = anonymous().get("/api/v1/exhibitions?phase=PAST").json();
        assertThat(list.toString()).contains(f.past()).doesNotContain(f.current(), f.draft());

        JsonNode staff = as(CONSERVATOR).get("/api/v1/exhibitions/" + f.current()).json();
        assertThat(staff.path("objects")).hasSize(3);
        assertThat(staff.path("objects").path(0).path("displayNotes").asString()).startsWith(NOTES_MARKER);
        assertThat(as(CURATOR).get("/api/v1/exhibitions/" + f.current() + "/history").json().path(0).path("action").asString())
                .isEqualTo("PUBLISH");
    }

    @Test
    void badInputRolesAndStaleVersionsGetClearProblems() {
        Reply bad = as(CURATOR).postJson("/api/v1/exhibitions", Map.of("title", Map.of("en", "x"), "opensOn", "2026-05-02",
                "closesOn", "2026-05-01", "objects", List.of(Map.of("objectNumber", "NO-SUCH-NUMBER"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.text()).contains("\"title.zh\"", "\"kind\"", "\"closesOn\"", "objects[0].objectNumber", "NO-SUCH-NUMBER");
        Reply unreadable = as(CURATOR).postJson("/api/v1/exhibitions", "{\"opensOn\": \"not a date\"}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");

        assertThat(anonymous().postJson("/api/v1/exhibitions", Map.of()).status()).isEqualTo(401);
        assertThat(as(CONSERVATOR).postJson("/api/v1/exhibitions", Map.of()).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/exhibitions/" + f.current() + "/history").status()).isEqualTo(401);

        long version = ExhibitionFixture.version(as(CURATOR), f.draft());
        Reply stale = as(CURATOR).postJson("/api/v1/exhibitions/" + f.draft() + "/objects/0/move",
                Map.of("delta", 1, "version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(version);
        Reply outOfRange = as(CURATOR).postJson("/api/v1/exhibitions/" + f.draft() + "/objects/0/move",
                Map.of("delta", 1, "version", version));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("objects[0]");
    }

    @Test
    void displayNotesDraftExhibitionsAndUnpublishedObjectsReachNoPublicSurface() {
        new PublicSurfaces(anonymous(), asAdmin())
                .objects(f.radio(), f.tv(), f.draftObject())
                .searchFor(NOTES_MARKER, DRAFT_EXHIBITION_MARKER)
                .alsoRead("/exhibitions", "/exhibitions?lang=en", "/exhibitions/" + f.current(),
                        "/exhibitions/" + f.current() + "?lang=en", "/exhibitions/" + f.past(), "/exhibitions/" + f.draft(),
                        "/api/v1/exhibitions", "/api/v1/exhibitions/" + f.current(), "/api/v1/exhibitions/" + f.draft())
                .assertNoneContains(NOTES_MARKER, DRAFT_EXHIBITION_MARKER, DRAFT_OBJECT_MARKER);
    }

    private String page(String path) {
        Reply reply = anonymous().get(path);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply.text();
    }
}
