package tw.museum.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.museum.search.TestComponents;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.Term;
import tw.museum.search.document.FacetValues;
import tw.museum.search.sample.RecordVariations;

/**
 * An index of several large segments (a rebuild's, then as many documents again written one by one): its segments
 * are searched in parallel and, from 10,000 hits, their facet values counted in parallel. Totals and counts must be
 * exactly those counted here from the same documents.
 */
class LuceneParallelSegmentsTest {
    private static final int HALF = 12_000;

    @TempDir
    Path dataFolder;

    @Test
    void totalsAndFacetCountsOverSeveralSegmentsAreExact() {
        List<SearchDocument> base = List.of(
                doc("PS-1", "香港街景", new Term("photography", "攝影", "Photography"), new Maker("378", "何藩", "Fan Ho", "Artist")),
                doc("PS-2", "臺灣海報", new Term("poster", "海報", "Poster"), new Maker("1615", "福田繁雄", "Fukuda Shigeo", "Designer")),
                doc("PS-3", "香港住宅模型", new Term("architectural-model", "建築模型", "Architectural Model"),
                        new Maker("813", "王大閎", "Wang Dahong", "Architect")));
        List<SearchDocument> all = new ArrayList<>();
        new RecordVariations(base, 2 * HALF).forEachRemaining(all::add);

        try (LuceneSearchIndex index = new LuceneSearchIndex(LuceneSettings.under(dataFolder), TestComponents.shared())) {
            index.rebuild(all.subList(0, HALF).iterator());
            all.subList(HALF, all.size()).forEach(index::index);
            index.refresh();

            List<SearchDocument> published = all.stream().filter(d -> d.status() == PublicationStatus.PUBLISHED).toList();
            SearchResult everything = index.search(SearchRequest.builder()
                    .facets(Facet.CLASSIFICATION, Facet.MAKER, Facet.HAS_IMAGE).facetSize(100).build());
            assertThat(everything.total()).isEqualTo(published.size());
            for (Facet facet : List.of(Facet.CLASSIFICATION, Facet.MAKER, Facet.HAS_IMAGE)) {
                assertThat(everything.facets().get(facet)).as(facet.parameterName())
                        .containsExactlyInAnyOrderElementsOf(countedByHand(published, facet));
            }

            List<SearchDocument> hongKong = published.stream().filter(d -> d.titleZh().contains("香港")).toList();
            SearchResult word = index.search(SearchRequest.builder().query("香港").facets(Facet.CLASSIFICATION).facetSize(100).build());
            assertThat(word.total()).isEqualTo(hongKong.size());
            assertThat(word.facets().get(Facet.CLASSIFICATION)).containsExactlyInAnyOrderElementsOf(countedByHand(hongKong, Facet.CLASSIFICATION));
            assertThat(word.hits()).hasSize(20).allSatisfy(hit -> assertThat(hit.objectNumber()).startsWith("PS-"));
        }
    }

    private static List<FacetCount> countedByHand(List<SearchDocument> documents, Facet facet) {
        Map<String, Long> counts = new TreeMap<>();
        for (SearchDocument doc : documents) {
            FacetValues.of(doc).getOrDefault(facet, List.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    }

    private static SearchDocument doc(String number, String titleZh, Term classification, Maker maker) {
        return new SearchDocument(number, titleZh, null, null, classification, List.of(maker), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, false, PublicationStatus.PUBLISHED, null, null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
