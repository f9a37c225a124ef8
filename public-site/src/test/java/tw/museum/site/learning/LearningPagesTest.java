package tw.museum.site.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.museum.site.learning.LearningFixture.DRAFT_OBJECT_MARKER;
import static tw.museum.site.learning.LearningFixture.DRAFT_UNIT_MARKER;
import static tw.museum.site.learning.LearningFixture.FUTURE_MARKER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** The public side of learning units over real HTTP: pages, QR code, e-book, sitemap, object pages, API. */
class LearningPagesTest extends MuseumTestBase {

    private static LearningFixture fixture;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = LearningFixture.create(as(CURATOR));
        }
    }

    @Test
    void browsingByThemeAndAgeListsOnlyPublishedUnits() {
        String all = page("/learn");
        assertThat(all).contains("/learn/" + fixture.published(), "國中")
                .doesNotContain(FUTURE_MARKER, DRAFT_UNIT_MARKER, fixture.scheduled(), fixture.draftUnit());
        assertThat(all).as("markup in a title is text").contains("&lt;b&gt;臺灣半導體&lt;/b&gt;").doesNotContain("<b>臺灣半導體");
        assertThat(page("/learn?theme=" + fixture.theme() + "&age=junior-high")).contains("/learn/" + fixture.published());
        assertThat(page("/learn?theme=" + fixture.theme() + "&age=primary")).doesNotContain("/learn/" + fixture.published());
        assertThat(page("/learn?theme=no-such-theme")).doesNotContain("/learn/" + fixture.published());
        assertThat(page("/learn?lang=en")).contains("Taiwan&#39;s semiconductor industry", "Junior high school");
    }

    @Test
    void aUnitPageReadsWithoutScriptAndLeavesOutUnpublishedObjects() {
        String html = page("/learn/" + fixture.published());
        assertThat(html).contains("真空管時代", "晶片時代", "一九五〇年代，收音機走進家庭。", "認識真空管</li>", "認識積體電路</li>",
                "你的手機裡有幾顆晶片？", "https://example.org/journal", "大同收音機",
                "/media/" + fixture.chipImage() + "/thumbnail", "alt=\"晶片正面\"",
                "/learn/" + fixture.published() + "/qr.png", "/learn/" + fixture.published() + "/epub",
                "/iiif/presentation/3/collection/learning-unit/" + fixture.published(),
                "href=\"/objects/" + fixture.radio().replace("/", "%2F"), "/css/learning.css");
        assertThat(html).doesNotContain(DRAFT_OBJECT_MARKER, fixture.draft());
        // no script runs on the page: its only script element is the JSON-LD data
        assertThat(html.split("<script", -1)).hasSize(2);
        String jsonLd = html.substring(html.indexOf("<script type=\"application/ld+json\">") + 35, html.indexOf("</script>"));
        var ld = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLd);
        assertThat(ld.path("@type").asString()).isEqualTo("LearningResource");
        assertThat(ld.path("name").asString()).isEqualTo("<b>臺灣半導體</b>產業史" + fixture.published().substring("semiconductors-".length()));
        assertThat(ld.path("educationalLevel").asString()).isEqualTo("國中");
        assertThat(ld.path("hasPart")).hasSize(2);
        assertThat(ld.path("encoding").path("contentUrl").asString()).endsWith("/learn/" + fixture.published() + "/epub?lang=zh-TW");
        assertThat(jsonLd).doesNotContain("<b>", fixture.draft());
        assertThat(page("/learn/" + fixture.published() + "?lang=en")).contains("The valve era", "Know the valve</li>");

        for (String hidden : List.of(fixture.scheduled(), fixture.draftUnit(), "no-such-unit")) {
            for (String path : List.of("/learn/" + hidden, "/learn/" + hidden + "/qr.png", "/learn/" + hidden + "/epub",
                    "/api/v1/learning-units/" + hidden, "/iiif/presentation/3/collection/learning-unit/" + hidden)) {
                Reply reply = anonymous().get(path);
                assertThat(reply.status()).as(path).isEqualTo(404);
                assertThat(reply.text()).doesNotContain(FUTURE_MARKER, DRAFT_UNIT_MARKER);
            }
        }
        Reply qr = anonymous().get("/learn/" + fixture.published() + "/qr.png");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void theEbookIsAValidEpub3WithTextImagesAndMetadata() throws Exception {
        Reply reply = anonymous().get("/learn/" + fixture.published() + "/epub");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/epub+zip");
        assertThat(reply.header("Content-Disposition")).contains("attachment", fixture.published() + ".epub");
        Map<String, byte[]> entries = EpubFiles.entries(reply.bytes());

        assertThat(EpubFiles.xml(entries, "META-INF/container.xml")).contains("full-path=\"EPUB/package.opf\"");
        String opf = EpubFiles.xml(entries, "EPUB/package.opf");
        assertThat(opf).contains("<dc:title>&lt;b&gt;臺灣半導體&lt;/b&gt;產業史", "<dc:language>zh-Hant</dc:language>",
                "<dc:identifier id=\"uid\">", "property=\"dcterms:modified\"", "properties=\"nav\"",
                "properties=\"cover-image\"", "media-type=\"image/jpeg\"", "<dc:subject>半導體");
        String nav = EpubFiles.xml(entries, "EPUB/nav.xhtml");
        assertThat(nav).contains("epub:type=\"toc\"", "unit.xhtml#s1", "真空管時代", "晶片時代");
        String text = EpubFiles.xml(entries, "EPUB/unit.xhtml");
        assertThat(text).contains("一九五〇年代，收音機走進家庭。", "認識積體電路", "你的手機裡有幾顆晶片？",
                "images/m-" + fixture.chipImage() + ".jpg", "alt=\"晶片正面\"")
                .doesNotContain(DRAFT_OBJECT_MARKER);
        byte[] jpeg = entries.get("EPUB/images/m-" + fixture.chipImage() + ".jpg");
        assertThat(jpeg).as("a real JPEG from the media store").isNotNull();
        assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
        EpubFiles.validate(reply.bytes());

        Reply english = anonymous().get("/learn/" + fixture.published() + "/epub?lang=en");
        String englishOpf = EpubFiles.xml(EpubFiles.entries(english.bytes()), "EPUB/package.opf");
        assertThat(englishOpf).contains("<dc:language>en</dc:language>", "<dc:title>Taiwan&#39;s semiconductor industry");
        EpubFiles.validate(english.bytes());
    }

    @Test
    void sitemapAndObjectPagesLinkPublishedUnitsOnly() {
        String sitemap = anonymous().get("/sitemap.xml").text();
        assertThat(sitemap).contains("/learn/" + fixture.published() + "</loc>", "/learn</loc>")
                .doesNotContain(fixture.scheduled(), fixture.draftUnit());
        String object = page(LearningFixture.page(fixture.radio()));
        assertThat(object).contains("/learn/" + fixture.published()).doesNotContain(fixture.scheduled(), fixture.draftUnit());
    }

    @Test
    void anObjectWithdrawnAfterwardsLeavesEveryPublicViewOfTheUnit() throws Exception {
        LearningFixture own = LearningFixture.create(as(CURATOR));
        String title = "積體電路晶片";
        assertThat(page("/learn/" + own.published())).contains(own.chip().replace("/", "%2F"), title);
        LearningFixture.ok(as(CURATOR).post(LearningFixture.path(own.chip()) + "/withdraw"));

        String html = page("/learn/" + own.published());
        assertThat(html).doesNotContain(own.chip(), own.chip().replace("/", "%2F"), "/media/" + own.chipImage());
        String api = anonymous().get("/api/v1/learning-units/" + own.published()).text();
        assertThat(api).contains(own.radio()).doesNotContain(own.chip());
        Map<String, byte[]> epub = EpubFiles.entries(anonymous().get("/learn/" + own.published() + "/epub").bytes());
        assertThat(EpubFiles.xml(epub, "EPUB/unit.xhtml")).doesNotContain(own.chip());
        assertThat(epub.keySet()).noneMatch(name -> name.contains("m-" + own.chipImage()));
        String collection = anonymous().get("/iiif/presentation/3/collection/learning-unit/" + own.published()).text();
        assertThat(collection).doesNotContain(own.chip().replace("/", "%2F"));
        // staff still see the whole story, with the object marked as not public
        String staff = new tw.museum.site.healthcheck.PageSession(port).signIn(CURATOR, PASSWORD)
                .get("/staff/learning/" + own.published()).body();
        assertThat(staff).contains(own.chip());
    }

    @Test
    void theApiRefusesBadUnitsWithFieldsAndReasons() {
        Reply reply = as(CURATOR).postJson("/api/v1/learning-units", Map.of("slug", "Bad Slug", "title", Map.of("en", "x"),
                "sections", List.of(Map.of("items", List.of(Map.of("objectNumber", "NO-SUCH-NUMBER"))))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.text()).contains("\"slug\"", "\"title.zh\"", "\"ageGroup\"", "sections[0].items[0].objectNumber",
                "NO-SUCH-NUMBER");
        assertThat(anonymous().postJson("/api/v1/learning-units", Map.of("slug", "x")).status()).isIn(401, 403);
        assertThat(as(CONSERVATOR).postJson("/api/v1/learning-units", Map.of("slug", "x")).status()).isEqualTo(403);
        long version = as(CURATOR).get("/api/v1/learning-units/" + fixture.draftUnit()).json().path("version").asLong();
        Reply stale = as(CURATOR).postJson("/api/v1/learning-units/" + fixture.draftUnit() + "/sections/0/move",
                Map.of("delta", 1, "version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
    }

    private String page(String path) {
        Reply reply = anonymous().get(path);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply.text();
    }
}
