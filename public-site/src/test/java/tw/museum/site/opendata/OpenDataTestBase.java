package tw.museum.site.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.TestPropertySource;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * Open data tests share one application with a small OAI-PMH page, so a harvest of a few records
 * already spans several pages. Records are made through the API, like a cataloguer would.
 */
@TestPropertySource(properties = {
        "museum.opendata.page-size=4",
        "museum.opendata.base-url=https://museum.example.tw",
        "museum.opendata.repository-identifier=museum.example.tw"
})
public abstract class OpenDataTestBase extends MuseumTestBase {

    /** Restricted and personal values that must never leave the museum. */
    public static final String SECRET_SHELF = "SECRET-SHELF-Q7";
    public static final String SECRET_NOTE = "INTERNAL-NOTE-ZX9";
    public static final String SECRET_INSURANCE = "987654.32";
    public static final String DRAFT_TITLE = "DRAFT-ONLY-TITLE-K3";

    protected static final Schemas SCHEMAS = Schemas.load();

    protected String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    protected String term(String vocabulary, String zh, String en) {
        String code = unique(vocabulary.substring(0, 3)).toLowerCase();
        Reply r = as(CURATOR).postJson("/api/v1/vocabularies/" + vocabulary + "/terms",
                Map.of("code", code, "label", Map.of("zh", zh, "en", en)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    protected long agent(String zh, String en) {
        Reply r = as(CURATOR).postJson("/api/v1/agents", Map.of("kind", "PERSON", "name", Map.of("zh", zh, "en", en)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    protected long place(String zh, String en) {
        Reply r = as(CURATOR).postJson("/api/v1/places", Map.of("name", Map.of("zh", zh, "en", en)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    /** A draft with restricted values filled; {@code extra} adds or replaces fields. */
    protected String draft(String objectNumber, String titleZh, Map<String, Object> extra) {
        Map<String, Object> data = new HashMap<>();
        data.put("objectNumber", objectNumber);
        data.put("title", Map.of("zh", titleZh, "en", "Title " + objectNumber));
        data.put("restricted", Map.of("storageLocation", SECRET_SHELF, "internalNotes", SECRET_NOTE));
        data.putAll(extra);
        Reply r = as(CURATOR).postJson("/api/v1/artifacts", data);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        // the insurance value is a valuation of the object
        Reply valued = as(CURATOR).postJson("/api/v1/valuations", Map.of("objectNumber", objectNumber,
                "amount", SECRET_INSURANCE, "currency", "TWD", "valuedOn", "2025-01-15", "valuer", "SECRET-VALUER",
                "purpose", "INSURANCE"));
        assertThat(valued.status()).as(valued.toString()).isEqualTo(201);
        return objectNumber;
    }

    protected String published(String objectNumber, String titleZh, Map<String, Object> extra) {
        draft(objectNumber, titleZh, extra);
        publish(objectNumber);
        return objectNumber;
    }

    protected void publish(String objectNumber) {
        Reply r = as(CURATOR).post("/api/v1/artifacts/" + path(objectNumber) + "/publish");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    protected void withdraw(String objectNumber) {
        Reply r = as(CURATOR).post("/api/v1/artifacts/" + path(objectNumber) + "/withdraw");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    protected void attachImage(String objectNumber) {
        Reply r = as(CURATOR).upload("/api/v1/artifacts/" + path(objectNumber) + "/media", "front.png",
                TestImages.png(64, 48), Map.of("caption.zh", "正面", "caption.en", "Front", "rights", "CC BY 4.0"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    protected static String path(String objectNumber) {
        return objectNumber.replace("/", "%2F");
    }

    protected static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    protected static List<String> all(String xml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    protected static void assertNothingRestricted(String text) {
        assertThat(text).doesNotContain(SECRET_SHELF, SECRET_NOTE, SECRET_INSURANCE, "987654", "SECRET-VALUER", DRAFT_TITLE,
                CURATOR, "Curator Chen");
    }
}
