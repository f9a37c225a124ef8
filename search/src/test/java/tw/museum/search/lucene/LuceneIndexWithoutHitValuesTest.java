package tw.museum.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.museum.search.SearchComponents;
import tw.museum.search.TestComponents;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.Term;
import tw.museum.search.document.SearchFields;

/**
 * An index written before hits were kept as doc values (an installation upgraded without a rebuild) still answers
 * whole hits, read from each entry's source, with restricted fields for staff only.
 */
class LuceneIndexWithoutHitValuesTest {
    @TempDir
    Path dataFolder;

    @Test
    void entriesWithoutHitValuesAreReadFromTheirSource() throws IOException {
        SearchComponents components = TestComponents.shared();
        LuceneSettings settings = LuceneSettings.under(dataFolder);
        Term poster = new Term("poster", "海報", "poster");
        SearchDocument old = new SearchDocument("OLD-1", "舊索引的海報", "Poster from the old index", poster, poster,
                List.of(new Maker("77", "福田繁雄", "Shigeo Fukuda", "Designer")), List.of(), List.of(), List.of(), List.of(),
                null, "A poster indexed by an earlier release", "1975", 1975, 1975, true, PublicationStatus.PUBLISHED,
                "Storeroom C3", null, Instant.parse("2025-01-01T00:00:00Z"));
        LuceneIndexLayout layout = new LuceneIndexLayout(settings.indexRoot());
        Path generation = layout.newGeneration();
        LuceneDocumentMapper mapper = new LuceneDocumentMapper(components.fields(), components.codec(), LuceneDocumentMapper.facetsConfig());
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(generation),
                new IndexWriterConfig(LuceneFieldAnalyzer.create(components.analyzers())))) {
            Document withoutHit = mapper.toDocument(old);
            withoutHit.removeFields(SearchFields.HIT);
            writer.addDocument(withoutHit);
        }
        layout.switchTo(generation);

        try (LuceneSearchIndex index = new LuceneSearchIndex(settings, components)) {
            SearchHit staff = index.search(SearchRequest.builder().query("poster").audience(Audience.STAFF).build()).hits().get(0);
            assertThat(staff.objectNumber()).isEqualTo("OLD-1");
            assertThat(staff.titleZh()).isEqualTo("舊索引的海報");
            assertThat(staff.makerNames()).containsExactly("福田繁雄", "Shigeo Fukuda");
            assertThat(staff.classificationCode()).isEqualTo("poster");
            assertThat(staff.storageLocation()).isEqualTo("Storeroom C3");
            SearchHit visitor = index.search(SearchRequest.builder().query("poster").build()).hits().get(0);
            assertThat(visitor.dateDisplay()).isEqualTo("1975");
            assertThat(visitor.hasImage()).isTrue();
            assertThat(visitor.storageLocation()).isNull();
        }
    }
}
