package tw.museum.search.catalog;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;

/**
 * Rebuilds the index from the catalogue, the source of truth: every record, page by page, into a new index
 * that replaces the old one only when complete, so search keeps answering meanwhile. On start it also
 * rebuilds an empty index of a catalogue that has records (a new installation of search, a lost index
 * folder), then replays the change feed.
 */
@Component
public class SearchRebuilder {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuilder.class);
    private static final int PAGE = 500;

    private final ArtifactService artifacts;
    private final ArtifactSearchDocuments documents;
    private final SearchIndex index;
    private final CatalogIndexer indexer;
    private final SearchProperties properties;

    public SearchRebuilder(ArtifactService artifacts, ArtifactSearchDocuments documents, SearchIndex index,
                           CatalogIndexer indexer, SearchProperties properties) {
        this.artifacts = artifacts;
        this.documents = documents;
        this.index = index;
        this.indexer = indexer;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (properties.rebuildOnStart() || (index.count(Audience.STAFF) == 0 && artifacts.count() > 0)) {
            rebuild();
        }
        indexer.drain();
    }

    /** @return the number of records indexed */
    public long rebuild() {
        long start = System.nanoTime();
        long count = index.rebuild(new CatalogueIterator());
        log.info("Rebuilt the search index: {} records in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    /** Reads the catalogue a page at a time, so memory stays flat however large the collection. */
    private final class CatalogueIterator implements Iterator<SearchDocument> {

        private int page;
        private List<SearchDocument> current = List.of();
        private int position;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (position < current.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            var next = artifacts.list(ArtifactFilter.none(), PageRequest.of(page++, PAGE, Sort.by("id")));
            current = next.getContent().stream().map(documents::of).toList();
            position = 0;
            exhausted = !next.hasNext();
            return !current.isEmpty();
        }

        @Override
        public SearchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.get(position++);
        }
    }
}
