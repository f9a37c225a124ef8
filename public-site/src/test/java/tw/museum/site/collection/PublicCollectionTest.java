package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.museum.site.collection.PublicFixture.DRAFT_MARKER;
import static tw.museum.site.collection.PublicFixture.NOTE_MARKER;
import static tw.museum.site.collection.PublicFixture.VAULT_MARKER;
import static tw.museum.site.collection.PublicFixture.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.site.support.QrCodePng;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/** The digital museum over real HTTP: browse and facets, object pages, people and terms, sitemap, QR codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicCollectionTest extends MuseumTestBase {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    PublicFixture f;

    @BeforeAll
    void collection() {
        f = PublicFixture.create(asAdmin(), anonymous());
    }

    String get(String path) {
        Reply reply = anonymous().get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.text();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void facetsAreLinksThatAddAndRemoveFiltersInTheUrl() {
        String page = get("/objects?q=" + q(f.word()));
        assertThat(page).contains("共 2 筆")
                .contains("filter.classification=" + f.classification())
                .contains("filter.maker=" + f.makerId())
                .contains("filter.decade=1950", "filter.decade=1960", "1950 年代")
                .contains("filter.has_image=true")
                .contains("科學儀器")              // the term's label, not only its code
                .contains(f.maker());

        // a filter narrows; the chosen value's link removes it again, keeping the query
        String narrowed = get("/objects?q=" + q(f.word()) + "&filter.decade=1950&lang=en");
        assertThat(narrowed).contains("1950s")
                .contains(page(f.published())).doesNotContain(page(f.second()));
        assertThat(hrefs(narrowed)).anyMatch(h -> h.startsWith("/objects?q=" + f.word()) && !h.contains("filter.decade")
                && h.contains("lang=en"));
        // filters within a facet are OR-ed, across facets AND-ed
        assertThat(get("/objects?filter.decade=1950&filter.decade=1960&filter.maker=" + f.makerId()))
                .contains(page(f.published()), page(f.second()));
        // unknown facets and sorts are ignored, not errors
        assertThat(anonymous().get("/objects?filter.nope=1&sort=sideways").status()).isEqualTo(200);
    }

    @Test
    void sortAndPagingAreUrlsToo() {
        String byDate = get("/objects?filter.maker=" + f.makerId() + "&sort=date");
        assertThat(byDate.indexOf(page(f.published()))).isLessThan(byDate.indexOf(page(f.second())));
        assertThat(byDate).contains("sort=number", "aria-current=\"true\"");
        String byNumberAgain = get("/objects?filter.maker=" + f.makerId() + "&sort=number&page=1");
        assertThat(byNumberAgain).contains(page(f.published()));
    }

    @Test
    void snippetsHighlightMatchesAndEscapeEverythingElse() {
        String page = get("/objects?q=" + q(f.word()));
        assertThat(page).contains("<mark>" + f.word())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void objectPageHasViewerManifestCitationAndLinks() {
        String html = get(page(f.published()));
        assertThat(html)
                .contains("data-info=\"http://localhost:" + port + "/iiif/3/m-" + f.mediaId() + "/info.json\"")
                .contains("/media/" + f.mediaId() + "/thumbnail?size=1200")
                .containsPattern("<script src=\"/webjars/openseadragon/[0-9.]*/?build/openseadragon/openseadragon.min.js\" defer>")
                .contains("/iiif/presentation/3/" + page(f.published()).substring("/objects/".length()) + "/manifest?manifest=")
                .contains("/img/iiif-logo.svg")
                .contains("filter.maker=" + f.makerId(), "/people/" + f.makerId())
                .contains("filter.classification=" + f.classification(), "filter.material=" + f.material())
                .contains("/terms/classification/" + f.classification(), "/terms/material/" + f.material())
                .contains("id=\"citation\"", "http://localhost:" + port + page(f.published()))
                .contains("rel=\"license\"")
                .contains(page(f.published()) + "/qr.png")
                .contains(page(f.second())); // related objects
        // the WebJar is served with and without its version (the locator resolves it; links carry the version)
        assertThat(anonymous().get("/webjars/openseadragon/build/openseadragon/openseadragon.min.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/webjars/openseadragon/2.4.2/build/openseadragon/openseadragon.min.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/img/iiif-logo.svg").status()).isEqualTo(200);
    }

    @Test
    void objectPagesDescribeThemselvesWithEscapedJsonLdAndOpenGraph() {
        assertThat(get(page(f.published()))).contains("\"name\":\"\\u003cscript\\u003ealert(");
        String html = get(page(f.published()) + "?lang=en");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(ld.find()).isTrue();
        String json = ld.group(1);
        assertThat(json).doesNotContain("<", ">");
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.path("@type").asString()).isEqualTo("VisualArtwork");
        assertThat(node.path("name").asString()).isEqualTo("Gyroscope " + f.word());
        assertThat(node.path("identifier").asString()).isEqualTo(f.published());
        assertThat(node.path("creator").get(0).path("name").asString()).isEqualTo("Lin " + f.word().substring(4));
        assertThat(node.path("image").asString()).contains("/media/" + f.mediaId() + "/thumbnail");
        assertThat(html).contains("<meta property=\"og:title\" content=\"Gyroscope " + f.word())
                .contains("property=\"og:image\"", "property=\"og:type\" content=\"article\"")
                .contains("<link rel=\"canonical\" href=\"http://localhost:" + port + page(f.published()) + "?lang=en\"")
                .contains("hreflang=\"zh-Hant\" href=\"http://localhost:" + port + page(f.published()) + "?lang=zh-TW\"");
        // the Chinese title with markup is escaped in og:title too
        assertThat(get(page(f.published()))).contains("content=\"&lt;script&gt;");
        // the page keeps its CSP; JSON-LD is data and needs no exception
        assertThat(anonymous().get(page(f.published())).header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void qrCodeDecodesToTheObjectUrlAndIsCacheable() throws Exception {
        Reply png = anonymous().get(page(f.published()) + "/qr.png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertThat(png.header("Cache-Control")).contains("max-age").contains("public");
        String decoded = QrCodePng.text(png.bytes());
        assertThat(decoded).isEqualTo("http://localhost:" + port + page(f.published()));
        assertThat(anonymous().get(page(f.draft()) + "/qr.png").status()).isEqualTo(404);
    }

    @Test
    void sitemapListsPublishedObjectsOnly() {
        Reply sitemap = anonymous().get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("Content-Type")).startsWith("application/xml");
        assertThat(sitemap.text()).startsWith("<?xml")
                .contains("<loc>http://localhost:" + port + page(f.published()) + "</loc>")
                .contains(page(f.second()))
                .doesNotContain(page(f.draft()), DRAFT_MARKER);
    }

    @Test
    void peopleAndTermsListTheirPublishedObjects() {
        String person = get("/people/" + f.makerId());
        assertThat(person).contains(f.maker(), "發明家。", page(f.published()), page(f.second()))
                .contains("filter.maker=" + f.makerId())
                .doesNotContain(page(f.draft()));
        String term = get("/terms/classification/" + f.classification() + "?lang=en");
        assertThat(term).contains("Instruments", page(f.published()), page(f.second())).doesNotContain(page(f.draft()));
        assertThat(get("/terms/material/" + f.material())).contains(page(f.published())).doesNotContain(page(f.second()));

        assertThat(anonymous().get("/people/987654321").status()).isEqualTo(404);
        assertThat(anonymous().get("/people/abc").status()).isEqualTo(404);
        // known only from a draft: no page, or the draft would show through
        assertThat(anonymous().get("/people/" + f.draftOnlyMakerId()).status()).isEqualTo(404);
        assertThat(anonymous().get("/terms/classification/no-such-term").status()).isEqualTo(404);
        assertThat(anonymous().get("/terms/unknown-vocabulary/x").status()).isEqualTo(404);
    }

    @Test
    void everyInternalLinkKeepsTheLanguage() {
        for (String path : List.of("/?lang=en", "/objects?q=" + q(f.word()) + "&lang=en", page(f.published()) + "?lang=en",
                "/people/" + f.makerId() + "?lang=en", "/terms/classification/" + f.classification() + "?lang=en")) {
            String html = get(path);
            assertThat(html).as(path).contains("<html lang=\"en\"");
            List<String> internal = hrefs(html).stream()
                    .filter(h -> h.startsWith("/") && !h.matches("^/(css|js|img|media|webjars|v3|sitemap\\.xml|api|iiif).*"))
                    .toList();
            // all but the language switch itself
            assertThat(internal).as(path).hasSizeGreaterThan(2).filteredOn(h -> !h.contains("lang=en")).hasSize(1)
                    .allMatch(h -> h.contains("lang=zh-TW"));
            assertThat(html).contains("hreflang=\"en\"", "hreflang=\"zh-Hant\"", "hreflang=\"x-default\"");
        }
        // the switch keeps the query and changes only the language
        String english = get("/objects?q=" + q(f.word()) + "&lang=zh-TW");
        assertThat(english).contains("href=\"/objects?q=" + f.word() + "&amp;lang=en\"");
        // a record without English falls back to Chinese, tagged
        assertThat(get("/terms/material/" + f.material() + "?lang=en")).contains("lang=\"zh-Hant\"");
    }

    @Test
    void noDraftOrRestrictedDataOnAnyPublicPage() {
        for (String path : List.of("/", "/objects", "/objects?q=" + q(f.word()),                 "/objects?filter.classification=" + f.classification(), page(f.published()), page(f.second()),
                "/people/" + f.makerId(), "/terms/classification/" + f.classification(), "/sitemap.xml",
                "/api/v1/search/suggest?q=" + DRAFT_MARKER.substring(0, 5))) {
            assertThat(get(path)).as(path).doesNotContain(DRAFT_MARKER, VAULT_MARKER, NOTE_MARKER, f.draft());
        }
        assertThat(anonymous().get(page(f.draft())).status()).isEqualTo(404);
        new PublicSurfaces(anonymous(), asAdmin()).objects(f.published(), f.second(), f.draft()).media(f.mediaId())
                .searchFor(f.word(), DRAFT_MARKER, VAULT_MARKER, NOTE_MARKER)
                .alsoRead("/people/" + f.makerId(), "/people/" + f.draftOnlyMakerId(),
                        "/terms/classification/" + f.classification())
                .assertNoneContains(VAULT_MARKER, NOTE_MARKER, DRAFT_MARKER + "工廠", DRAFT_MARKER + f.word());
        // searching for the draft's words finds nothing (the query itself is echoed, so look for the record)
        assertThat(get("/objects?q=" + DRAFT_MARKER)).doesNotContain(page(f.draft()), VAULT_MARKER).contains("共 0 筆");
    }

    private static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1).replace("&amp;", "&"));
        }
        return hrefs;
    }
}
