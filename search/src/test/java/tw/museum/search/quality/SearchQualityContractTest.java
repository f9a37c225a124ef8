package tw.museum.search.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.museum.search.TestComponents;
import tw.museum.search.analysis.KeywordNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import tw.museum.search.api.AttachedText;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.Term;
import tw.museum.search.sample.MplusRecords;

/**
 * The search-quality set: real queries over real M+ records (source: M+ Museum, Hong Kong) with the results
 * staff expect at the top. Every backend must pass all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchQualityContractTest {
    private SearchIndex index;
    private Map<String, SearchDocument> byNumber;
    private final KeywordNormalizer normalizer = TestComponents.shared().normalizer();

    protected abstract SearchIndex createIndex(String name);

    static final String FINDING_AID_OF = "CA1/4/T.2919";

    /** The M+ objects (one with an attached finding aid), their makers as person entries, and the demo learning unit. */
    static List<SearchDocument> records() throws IOException {
        List<SearchDocument> records = new ArrayList<>();
        try (InputStream objects = resource("/mplus/objects-subset.jsonl.gz");
             InputStream makers = resource("/mplus/constituents-subset.jsonl.gz")) {
            for (SearchDocument d : new MplusRecords().read(MplusRecords.gunzipIfNeeded(objects, ".gz"), MplusRecords.gunzipIfNeeded(makers, ".gz"))) {
                records.add(d.objectNumber().equals(FINDING_AID_OF)
                        ? d.withDocuments(List.of(new AttachedText(1, "finding-aid.pdf", text("/mplus/finding-aid-CA1-4-T2.txt"), false))) : d);
            }
        }
        try (InputStream makers = resource("/mplus/constituents-subset.jsonl.gz")) {
            records.addAll(new MplusRecords().people(MplusRecords.gunzipIfNeeded(makers, ".gz")));
        }
        try (InputStream units = resource("/learning-units.jsonl")) {
            for (String line : new String(units.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    records.add(unit(new ObjectMapper().readTree(line)));
                }
            }
        }
        return records;
    }

    /** A learning unit as its source maps it: title, summary and sections as text, themes as subjects. */
    private static SearchDocument unit(JsonNode u) {
        StringBuilder zh = new StringBuilder(u.path("summary").path("zh-hant").asText());
        StringBuilder en = new StringBuilder(u.path("summary").path("en").asText());
        u.path("sections").forEach(s -> {
            zh.append('\n').append(s.path("heading").path("zh-hant").asText()).append('\n').append(s.path("body").path("zh-hant").asText());
            en.append('\n').append(s.path("heading").path("en").asText()).append('\n').append(s.path("body").path("en").asText());
        });
        List<Term> themes = new ArrayList<>();
        u.path("themes").forEach(t -> themes.add(new Term(t.path("en").asText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                t.path("zh-hant").asText(), t.path("en").asText())));
        return new SearchDocument(u.path("slug").asText(), u.path("title").path("zh-hant").asText(), u.path("title").path("en").asText(),
                null, null, List.of(), List.of(), List.of(), themes, List.of(), zh.toString(), en.toString(), null, null, null, false,
                PublicationStatus.PUBLISHED, null, null, java.time.Instant.parse("2025-06-01T00:00:00Z"), EntryType.LEARNING_UNIT,
                java.time.Instant.parse("2025-06-01T00:00:00Z"), List.of());
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<QualityQuery> queries() throws IOException {
        try (InputStream in = resource("/quality-queries.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
    }

    private static InputStream resource(String name) {
        return SearchQualityContractTest.class.getResourceAsStream(name);
    }

    @BeforeAll
    void indexRecords() throws IOException {
        List<SearchDocument> records = records();
        byNumber = records.stream().collect(Collectors.toMap(SearchDocument::id, Function.identity()));
        index = createIndex("quality");
        index.rebuild(records.iterator());
        index.refresh();
    }

    @AfterAll
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void theSetIsLargeEnough() throws IOException {
        assertThat(queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byNumber.values().stream().filter(d -> d.type() == EntryType.OBJECT)).hasSize(2258);
        assertThat(byNumber.values().stream().filter(d -> d.type() == EntryType.PERSON)).hasSize(573);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void staffWouldAgreeWithTheTopResults(QualityQuery query) {
        int n = query.n() == null ? 1 : query.n();
        SearchRequest.Builder request = SearchRequest.builder().query(query.q()).pageSize(Math.max(n, 10));
        if (Boolean.TRUE.equals(query.allTypes())) {
            request.allTypes();
        }
        SearchResult result = index.search(request.build());
        List<String> top = result.hits().stream().map(h -> h.type().id(h.objectNumber())).toList();
        assertThat(top).as("results for %s", query.q()).isNotEmpty();
        if (query.didYouMean() != null) {
            assertThat(result.didYouMean()).as("correction of %s", query.q()).isEqualTo(query.didYouMean());
            assertThat(result.approximate()).isTrue();
        }
        if (query.highlightIn() != null) {
            assertThat(result.hits().get(0).highlights().get(query.highlightIn())).as("passage of %s", query.q())
                    .singleElement().asString().contains("<em>");
        }
        List<String> firstN = top.subList(0, Math.min(n, top.size()));
        if (query.first() != null) {
            assertThat(top.get(0)).as("first result for %s, got %s", query.q(), describe(top)).isEqualTo(query.first());
        }
        if (query.inTop() != null) {
            assertThat(firstN).as("top %d for %s: %s", n, query.q(), describe(top)).containsAll(query.inTop());
        }
        if (query.allTopMaker() != null) {
            assertThat(firstN).hasSize(n).allSatisfy(id -> assertThat(byNumber.get(id).makers()).as("makers of %s", describe(List.of(id)))
                    .extracting(Maker::id).contains(query.allTopMaker()));
        }
        if (query.allTopContain() != null) {
            String wanted = normalizer.normalize(query.allTopContain());
            assertThat(firstN).hasSize(n).allSatisfy(id -> assertThat(normalizer.normalize(publicText(byNumber.get(id))))
                    .as("text of %s", describe(List.of(id))).contains(wanted));
        }
        if (query.allTopPrefix() != null) {
            assertThat(firstN).hasSize(n).allSatisfy(id -> assertThat(id).startsWith(query.allTopPrefix()));
        }
    }

    private String describe(List<String> ids) {
        return ids.stream().limit(10).map(id -> id + " " + byNumber.get(id).titleZh() + " / " + byNumber.get(id).titleEn())
                .collect(Collectors.joining("; "));
    }

    private static String publicText(SearchDocument d) {
        return Stream.concat(Stream.of(d.titleZh(), d.titleEn(), d.descriptionZh(), d.descriptionEn()),
                        Stream.concat(d.makers().stream().flatMap(m -> Stream.of(m.nameZh(), m.nameEn())),
                                Stream.of(d.classification(), d.objectName()).filter(t -> t != null).flatMap(SearchQualityContractTest::labels)))
                .filter(s -> s != null).collect(Collectors.joining(" | "))
                + " | " + d.materials().stream().flatMap(SearchQualityContractTest::labels).collect(Collectors.joining(" | "));
    }

    private static Stream<String> labels(Term t) {
        return Stream.of(t.zh(), t.en()).filter(s -> s != null);
    }
}
