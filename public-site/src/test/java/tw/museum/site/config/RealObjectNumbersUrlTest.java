package tw.museum.site.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import tw.museum.catalog.support.RealWorldObjectNumbers;
import tw.museum.site.support.QrCodePng;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * Every real-world object number (commas, spaces, ranges, parts, slashes, Chinese) is catalogued through the
 * API and then found again through every URL the museum publishes for it: the page and the links it names
 * (canonical URL, QR code), the API, the staff page, LIDO, both IIIF manifests and the links inside them,
 * the sitemap and OAI-PMH identifiers. Each link is the server's own, followed back, so a number that an
 * encoder or a decoder mangled would not come back as itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealObjectNumbersUrlTest extends MuseumTestBase {

    /** The oai-identifier syntax of the OAI-PMH 2.0 guidelines. */
    private static final Pattern OAI_IDENTIFIER = Pattern.compile(
            "oai:[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+:[a-zA-Z0-9\\-_\\.!~*'\\(\\);/\\?:@&=+$,%]+");

    @BeforeAll
    void catalogueEveryNumber() {
        TestHttp staff = asAdmin();
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            Reply created = staff.postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                    "title", Map.of("zh", "編號測試 " + number, "en", "Number test " + number)));
            assertThat(created.status()).as(number + " " + created).isEqualTo(201);
            assertThat(created.json().path("objectNumber").asString()).isEqualTo(number);
            String api = "/api/v1/artifacts/" + segment(number);
            Reply media = staff.upload(api + "/media", "scan.png", TestImages.png(64, 48), Map.of());
            assertThat(media.status()).as(number + " " + media).isEqualTo(201);
            assertThat(staff.post(api + "/publish").status()).as(number).isEqualTo(200);
        }
    }

    @Test
    void pagesApiAndStaffPagesAnswerForEveryNumberAndTheirOwnLinksComeBack() throws Exception {
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            Reply page = anonymous().get("/objects/" + segment(number));
            assertThat(page.status()).as(number).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(page.text())).as(number).contains(number);

            String canonical = attribute(page.text(), "<link rel=\"canonical\" href=\"([^\"]+)\"");
            assertThat(URI.create(HtmlUtils.htmlUnescape(canonical)).getRawPath()).as(canonical).isEqualTo("/objects/" + segment(number));
            assertThat(anonymous().get(samePath(canonical)).status()).as(canonical).isEqualTo(200);

            String qr = attribute(page.text(), "src=\"([^\"]+/qr\\.png[^\"]*)\"");
            Reply png = anonymous().get(HtmlUtils.htmlUnescape(qr));
            assertThat(png.status()).as(qr).isEqualTo(200);
            String decoded = QrCodePng.text(png.bytes());
            assertThat(decoded).as(number).isEqualTo(HtmlUtils.htmlUnescape(
                    attribute(page.text(), "<p class=\"url\">([^<]+)</p>")));
            assertThat(URI.create(decoded).getRawPath()).isEqualTo("/objects/" + segment(number));
            assertThat(anonymous().get(samePath(decoded)).status()).as(decoded).isEqualTo(200);

            assertThat(anonymous().get("/api/v1/artifacts/" + segment(number)).json().path("objectNumber").asString())
                    .isEqualTo(number);
            Reply staffPage = asAdmin().get("/staff/artifacts/" + segment(number));
            assertThat(staffPage.status()).as(number).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(staffPage.text())).contains(number);
        }
    }

    @Test
    void lidoAndBothIiifManifestsNameTheNumberAndLinkBackToThemselves() {
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            Reply lido = anonymous().get("/opendata/lido/" + segment(number));
            assertThat(lido.status()).as(number).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(lido.text())).as(number).contains(number);

            Reply manifest3 = anonymous().get("/iiif/presentation/3/" + segment(number) + "/manifest");
            assertThat(manifest3.status()).as(number).isEqualTo(200);
            String id = manifest3.json().path("id").asString();
            assertThat(URI.create(id).getRawPath()).isEqualTo("/iiif/presentation/3/" + segment(number) + "/manifest");
            assertThat(anonymous().get(samePath(id)).json().path("id").asString()).isEqualTo(id);
            String homepage = manifest3.json().path("homepage").path(0).path("id").asString();
            assertThat(anonymous().get(samePath(homepage)).status()).as(homepage).isEqualTo(200);

            Reply manifest2 = anonymous().get("/iiif/presentation/2/" + segment(number) + "/manifest");
            assertThat(manifest2.status()).as(number).isEqualTo(200);
            String id2 = manifest2.json().path("@id").asString();
            assertThat(anonymous().get(samePath(id2)).json().path("@id").asString()).isEqualTo(id2);
        }
    }

    @Test
    void theSitemapListsEveryNumbersPageAtAUrlThatAnswers() {
        String sitemap = anonymous().get("/sitemap.xml").text();
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            String loc = "/objects/" + segment(number);
            Matcher m = Pattern.compile("<loc>([^<]*" + Pattern.quote(HtmlUtils.htmlEscape(loc)) + ")</loc>").matcher(sitemap);
            assertThat(m.find()).as(number + " in the sitemap").isTrue();
            assertThat(anonymous().get(samePath(HtmlUtils.htmlUnescape(m.group(1)))).status()).isEqualTo(200);
        }
    }

    @Test
    void oaiIdentifiersAreValidAndEachGetsItsRecordBack() {
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            // the identifier the repository itself writes for the record
            String identifier = oaiIdentifierOf(number);
            assertThat(identifier).as(number).matches(OAI_IDENTIFIER);
            Reply got = anonymous().get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="
                    + URLEncoder.encode(identifier, StandardCharsets.UTF_8));
            assertThat(got.text()).as(number).contains("<GetRecord>").contains("<identifier>"
                    + HtmlUtils.htmlEscape(identifier) + "</identifier>");
            assertThat(HtmlUtils.htmlUnescape(got.text())).contains(number);
        }
    }

    /** Reads the repository's identifiers until the one whose record names this number (oai_dc:identifier). */
    private String oaiIdentifierOf(String number) {
        String path = "/oai?verb=ListRecords&metadataPrefix=oai_dc";
        Pattern recordPattern = Pattern.compile("<record>.*?<identifier>([^<]+)</identifier>.*?</record>", Pattern.DOTALL);
        for (int page = 0; page < 100; page++) {
            String text = anonymous().get(path).text();
            Matcher r = recordPattern.matcher(text);
            while (r.find()) {
                if (HtmlUtils.htmlUnescape(r.group()).contains(">" + number + "<")) {
                    return HtmlUtils.htmlUnescape(r.group(1));
                }
            }
            Matcher token = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>").matcher(text);
            if (!token.find()) {
                break;
            }
            path = "/oai?verb=ListRecords&resumptionToken="
                    + URLEncoder.encode(HtmlUtils.htmlUnescape(token.group(1)), StandardCharsets.UTF_8);
        }
        throw new AssertionError("no OAI record names " + number);
    }

    @Test
    void refusedFormsInAUrlAreAClearNotFoundOrBadRequestNeverAnError() {
        for (String path : List.of("/objects/..%2F..%2Fetc%2Fpasswd", "/objects/%2E%2E", "/objects/a%5Cb",
                "/objects/a%00b", "/api/v1/artifacts/..%2Fx", "/iiif/presentation/3/%2Fetc/manifest",
                "/objects/a%25b", "/objects/a;b")) {
            int status = anonymous().get(path).status();
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    private static String segment(String number) {
        return UriUtils.encodePathSegment(number, StandardCharsets.UTF_8);
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** The path and query of an absolute URL the server wrote, to request it from this test's port. */
    private static String samePath(String url) {
        URI uri = URI.create(HtmlUtils.htmlUnescape(url));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
