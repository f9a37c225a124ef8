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
import tw.museum.search.api.Maker;
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

    static List<SearchDocument> records() throws IOException {
        try (InputStream objects = resource("/mplus/objects-subset.jsonl.gz");
             InputStream makers = resource("/mplus/constituents-subset.jsonl.gz")) {
            return new MplusRecords().read(MplusRecords.gunzipIfNeeded(objects, ".gz"), MplusRecords.gunzipIfNeeded(makers, ".gz"));
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
        byNumber = records.stream().collect(Collectors.toMap(SearchDocument::objectNumber, Function.identity()));
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
        assertThat(byNumber).hasSize(2249);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void staffWouldAgreeWithTheTopResults(QualityQuery query) {
        int n = query.n() == null ? 1 : query.n();
        List<String> top = index.search(SearchRequest.builder().query(query.q()).pageSize(Math.max(n, 10)).build()).objectNumbers();
        assertThat(top).as("results for %s", query.q()).isNotEmpty();
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
