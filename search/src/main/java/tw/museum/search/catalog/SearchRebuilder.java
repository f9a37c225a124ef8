package tw.museum.search.catalog;

import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;

/**
 * Rebuilds the index from the catalogue, the source of truth: every entry of every source, page by page, into a new index
 * that replaces the old one only when complete, so search keeps answering meanwhile. On start it also
 * rebuilds an empty index of a catalogue that has records (a new installation of search, a lost index
 * folder), then replays the change feed.
 */
@Component
public class SearchRebuilder {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuilder.class);
    private static final int PAGE = 500;

    private final ArtifactService artifacts;
    private final List<SearchEntrySource> sources;
    private final SearchIndex index;
    private final CatalogIndexer indexer;
    private final SearchProperties properties;

    public SearchRebuilder(ArtifactService artifacts, List<SearchEntrySource> sources, SearchIndex index,
                           CatalogIndexer indexer, SearchProperties properties) {
        this.artifacts = artifacts;
        this.sources = sources;
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

    /** @return the number of entries indexed (objects, people, terms, units...) */
    public long rebuild() {
        long start = System.nanoTime();
        Iterator<SearchDocument> all = sources.stream().flatMap(SearchEntrySource::all).iterator();
        long count = index.rebuild(all);
        log.info("Rebuilt the search index: {} entries in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }
}
