package tw.museum.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical index folder with its writer and near-real-time searcher manager. The facet ordinal state
 * is cached per reader because building it walks every facet value.
 */
final class LuceneGeneration implements AutoCloseable {
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig;
    private volatile CachedFacetState facetState;

    private LuceneGeneration(Path path, Directory directory, IndexWriter writer, FacetsConfig facetsConfig,
                             SearcherFactory searcherFactory) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.facetsConfig = facetsConfig;
        this.searchers = new SearcherManager(writer, searcherFactory);
    }

    static LuceneGeneration open(Path path, Analyzer analyzer, FacetsConfig facetsConfig, double ramBufferMb,
                                 SearcherFactory searcherFactory) {
        try {
            Directory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb);
            return new LuceneGeneration(path, directory, new IndexWriter(directory, config), facetsConfig, searcherFactory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Facet state for this reader, or null when no document has facets yet. */
    SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        CachedFacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new CachedFacetState(reader, state);
        return state;
    }

    /** Writes everything so far to disk (fsync), so a crash after this keeps it. */
    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commitAndRefresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record CachedFacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
