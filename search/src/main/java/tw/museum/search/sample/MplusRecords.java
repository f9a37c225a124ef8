package tw.museum.search.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/**
 * Reads M+ open collection records (source: M+ Museum, Hong Kong; CC0) into search documents, for the
 * quality tests and the benchmark. Mapping: category → classification, area → object name, medium →
 * material, constituents → makers, maker nationality → place, image alt texts → English description.
 */
public final class MplusRecords {
    private static final Instant RELEASE = Instant.parse("2024-12-01T00:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    public List<SearchDocument> read(Path objects, Path constituents) {
        try (InputStream o = open(objects); InputStream c = open(constituents)) {
            return read(o, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both streams are JSON lines, gzipped or not. */
    public List<SearchDocument> read(InputStream objects, InputStream constituents) throws IOException {
        Map<Long, JsonNode> people = new HashMap<>();
        for (JsonNode person : lines(constituents)) {
            people.put(person.path("id").asLong(), person);
        }
        List<SearchDocument> docs = new ArrayList<>();
        for (JsonNode record : lines(objects)) {
            docs.add(toDocument(record, people));
        }
        return docs;
    }

    /** The people and organisations of a constituents file as person entries (name, nationality, life dates). */
    public List<SearchDocument> people(InputStream constituents) throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (JsonNode p : lines(constituents)) {
            String nationality = text(p.path("nationality").path("en"));
            List<Term> places = nationality == null ? List.of()
                    : List.of(new Term(code(nationality), text(p.path("nationality").path("zh-hant")), nationality));
            Integer begin = year(p.path("beginDate"));
            Integer end = year(p.path("endDate"));
            docs.add(new SearchDocument(String.valueOf(p.path("id").asLong()), text(p.path("name").path("zh-hant")),
                    text(p.path("name").path("en")), null, null, List.of(), List.of(), List.of(), List.of(), places,
                    text(p.path("displayBio").path("zh-hant")), text(p.path("displayBio").path("en")), null, begin, end, false,
                    p.path("publicAccess").asBoolean(true) ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT,
                    null, null, RELEASE.plusSeconds(p.path("id").asLong()), EntryType.PERSON, null, List.of()));
        }
        return docs;
    }

    private SearchDocument toDocument(JsonNode r, Map<Long, JsonNode> people) {
        Term category = term(r.path("classification").path("category"));
        Term area = term(r.path("classification").path("area"));
        List<Maker> makers = new ArrayList<>();
        List<Term> places = new ArrayList<>();
        for (JsonNode c : r.path("constituents")) {
            JsonNode person = people.get(c.path("id").asLong());
            if (person == null) {
                continue;
            }
            makers.add(new Maker(String.valueOf(c.path("id").asLong()), text(person.path("name").path("zh-hant")),
                    text(person.path("name").path("en")), text(c.path("role").path("en"))));
            String nationality = text(person.path("nationality").path("en"));
            if (nationality != null) {
                places.add(new Term(code(nationality), text(person.path("nationality").path("zh-hant")), nationality));
            }
        }
        String mediumEn = text(r.path("medium").path("en"));
        List<Term> materials = mediumEn == null ? List.of()
                : List.of(new Term(code(mediumEn), text(r.path("medium").path("zh-hant")), mediumEn));
        List<String> alt = new ArrayList<>();
        r.path("images").forEach(i -> {
            String a = text(i.path("altText"));
            if (a != null) {
                alt.add(a);
            }
        });
        Integer begin = year(r.path("beginDate"));
        Integer end = year(r.path("endDate"));
        return new SearchDocument(r.path("objectNumber").asText(), text(r.path("title").path("zh-hant")),
                text(r.path("title").path("en")), area, category, makers, materials, List.of(), List.of(), places,
                null, alt.isEmpty() ? null : String.join(" ", alt), text(r.path("displayDate").path("en")),
                begin, end == null ? begin : end, !r.path("images").isEmpty(),
                r.path("publicAccess").asBoolean(true) ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT,
                null, null, RELEASE.plusSeconds(r.path("id").asLong()));
    }

    private static Integer year(JsonNode node) {
        return node.isNumber() && node.asInt() != 0 ? node.asInt() : null;
    }

    private static Term term(JsonNode bilingual) {
        String en = first(bilingual.path("en"));
        if (en == null) {
            return null;
        }
        return new Term(code(en), first(bilingual.path("zh-hant")), en);
    }

    private static String first(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null : node.asText();
    }

    /** A stable facet key from an English label: "Book/Periodical" → "book-periodical". */
    static String code(String label) {
        String code = label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return code.isEmpty() ? "unknown" : code;
    }

    private List<JsonNode> lines(InputStream in) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        return path.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    public static InputStream gunzipIfNeeded(InputStream in, String name) throws IOException {
        return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
