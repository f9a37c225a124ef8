package tw.museum.site.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.site.support.TestHttp.Reply;

/**
 * Everything an anonymous visitor, harvester or viewer can fetch about some records: pages, the public API,
 * search, the sitemap, OAI-PMH (every page of every format), the open-data dumps (regenerated first), LIDO and
 * IIIF. Marker tests put a distinctive string into a restricted field and prove it reaches none of these.
 * Features that add public surfaces (exhibitions, stories, ...) pass their paths with {@link #alsoRead}.
 */
public final class PublicSurfaces {

    private static final Pattern RESUMPTION_TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");
    private static final List<String> DUMPS = List.of("artifacts.csv", "artifacts.json", "artifacts.xml",
            "artifacts.lido.xml", "dataset.json");

    private final TestHttp anonymous;
    private final TestHttp administrator;
    private final List<String> objectNumbers = new ArrayList<>();
    private final List<Long> mediaIds = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> extraPaths = new ArrayList<>();

    public PublicSurfaces(TestHttp anonymous, TestHttp administrator) {
        this.anonymous = anonymous;
        this.administrator = administrator;
    }

    /** Records whose pages, API answers, LIDO and manifests are read (published or not: both must be safe). */
    public PublicSurfaces objects(String... numbers) {
        objectNumbers.addAll(List.of(numbers));
        return this;
    }

    /** Images whose IIIF info.json is read. */
    public PublicSurfaces media(Long... ids) {
        mediaIds.addAll(List.of(ids));
        return this;
    }

    /** Words searched for on the search page, the search API and the suggestions. */
    public PublicSurfaces searchFor(String... queries) {
        words.addAll(List.of(queries));
        return this;
    }

    public PublicSurfaces alsoRead(String... paths) {
        extraPaths.addAll(List.of(paths));
        return this;
    }

    /**
     * Fails naming the surface where any marker appears. A page that searched for a marker echoes the query,
     * so there the marker only must find nothing; each marker is also searched for that reason.
     */
    public void assertNoneContains(String... markers) {
        for (String marker : markers) {
            Reply found = anonymous.get("/api/v1/search?q=" + query(marker));
            assertThat(found.json().path("total").asLong()).as("search for " + marker + ": " + found).isZero();
        }
        read().forEach((path, text) -> {
            for (String marker : markers) {
                if (!path.contains(query(marker))) {
                    assertThat(text).as(path).doesNotContain(marker);
                }
            }
        });
    }

    /** Every surface's path with what it answered (any status: an error page must not leak either). */
    public Map<String, String> read() {
        Reply regenerated = administrator.post("/api/v1/opendata/regenerate");
        assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/", "/?lang=en", "/objects", "/objects?lang=en", "/learn",
                "/sitemap.xml", "/api/v1/artifacts", "/api/v1/search", "/iiif/presentation/3/collection/top",
                "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"));
        for (String number : objectNumbers) {
            String segment = segment(number);
            paths.addAll(List.of("/objects/" + segment, "/objects/" + segment + "?lang=en",
                    "/api/v1/artifacts/" + segment, "/api/v1/artifacts/" + segment + "/related",
                    "/opendata/lido/" + segment, "/iiif/presentation/3/" + segment + "/manifest",
                    "/iiif/presentation/2/" + segment + "/manifest",
                    "/oai?verb=GetRecord&metadataPrefix=lido&identifier=" + query(oaiIdentifier(number))));
        }
        for (Long id : mediaIds) {
            paths.addAll(List.of("/iiif/3/m-" + id + "/info.json", "/iiif/2/m-" + id + "/info.json"));
        }
        for (String word : words) {
            String q = query(word);
            paths.addAll(List.of("/objects?q=" + q, "/objects?q=" + q + "&lang=en", "/api/v1/search?q=" + q,
                    "/api/v1/search/suggest?q=" + q, "/api/v1/artifacts?q=" + q));
        }
        for (String dump : DUMPS) {
            paths.add("/opendata/" + dump);
        }
        paths.addAll(extraPaths);
        for (String path : paths) {
            Reply reply = anonymous.get(path);
            // a surface that failed proves nothing: the ones that always exist must answer
            if (!path.startsWith("/objects/") && !path.startsWith("/api/v1/artifacts/") && !path.startsWith("/iiif/")
                    && !path.startsWith("/opendata/lido/") && !path.contains("GetRecord") && !extraPaths.contains(path)) {
                assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
            }
            texts.put(path, reply.text());
        }
        for (String number : objectNumbers) {
            if (anonymous.get("/objects/" + segment(number)).status() == 200) {
                // a published record is on every surface of its own, so each of them was really read
                assertThat(texts.get("/api/v1/artifacts/" + segment(number))).as(number).contains("\"objectNumber\"");
                assertThat(texts.get("/opendata/lido/" + segment(number))).as(number).contains("lido:lidoRecID");
                assertThat(texts.get("/oai?verb=GetRecord&metadataPrefix=lido&identifier=" + query(oaiIdentifier(number))))
                        .as(number).contains("<GetRecord>");
            }
        }
        for (String format : List.of("oai_dc", "lido")) {
            harvest(format, texts);
        }
        return texts;
    }

    /** Every page of a whole ListRecords harvest, following resumption tokens. */
    private void harvest(String format, Map<String, String> texts) {
        String path = "/oai?verb=ListRecords&metadataPrefix=" + format;
        for (int page = 0; page < 1000; page++) {
            String text = anonymous.get(path).text();
            texts.put(path, text);
            Matcher token = RESUMPTION_TOKEN.matcher(text);
            if (!token.find()) {
                return;
            }
            path = "/oai?verb=ListRecords&resumptionToken=" + query(token.group(1).replace("&amp;", "&"));
        }
        throw new AssertionError("OAI-PMH harvest in " + format + " did not end after 1000 pages");
    }

    /** The OAI identifier of a record: the repository's prefix, as its own identifiers show it, and the number. */
    private String oaiIdentifier(String objectNumber) {
        String listed = anonymous.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").text();
        Matcher first = Pattern.compile("<identifier>(oai:[^:<]+:)").matcher(listed);
        return (first.find() ? first.group(1) : "oai:unknown:") + objectNumber;
    }

    /** An object number as one path segment: slashes, commas and spaces included. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
