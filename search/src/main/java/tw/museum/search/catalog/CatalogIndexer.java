package tw.museum.search.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.artifact.ArtifactChanged;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.change.PendingChange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;

/**
 * Keeps the index in step with the catalogue by replaying its change feed: right after each commit, and
 * on a timer for whatever a crash, a failed index call or another node left behind. A change is
 * acknowledged only once the index has it on disk, and indexing reads the record as it is now, so replaying a
 * change twice is harmless.
 */
@Component
public class CatalogIndexer {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexer.class);
    private static final int BATCH = 500;

    private final ChangeFeed feed;
    private final Map<String, SearchEntrySource> sources = new HashMap<>();
    private final SearchIndex index;
    private final SearchProperties properties;
    /** Only keeps this process from reading the feed twice at once; the feed itself is in the database. */
    private final ReentrantLock draining = new ReentrantLock();

    public CatalogIndexer(ChangeFeed feed, List<SearchEntrySource> sources, SearchIndex index, SearchProperties properties) {
        this.feed = feed;
        sources.forEach(source -> this.sources.put(source.recordType(), source));
        this.index = index;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void afterCommit(ArtifactChanged event) {
        if (properties.indexOnCommit()) {
            drain();
        }
    }

    @Scheduled(fixedDelayString = "${museum.search.poll-interval:2s}", initialDelayString = "${museum.search.poll-interval:2s}")
    public void poll() {
        drain();
    }

    /**
     * Indexes every pending change. Never throws: a failure leaves the changes in the feed for the next
     * attempt, and the edit that triggered it has already been committed.
     *
     * @return how many changes were taken in
     */
    public int drain() {
        if (!draining.tryLock()) {
            return 0;
        }
        int taken = 0;
        try {
            List<PendingChange> batch;
            do {
                batch = feed.pending(BATCH);
                Set<SearchEntrySource.Related> changed = new LinkedHashSet<>();
                batch.forEach(c -> changed.add(new SearchEntrySource.Related(c.recordType(), c.recordKey())));
                Set<SearchEntrySource.Related> related = new LinkedHashSet<>();
                changed.forEach(c -> related.addAll(reindex(c)));
                related.removeAll(changed);
                related.forEach(this::reindex);
                if (!batch.isEmpty()) {
                    index.makeDurable(); // before the feed forgets them: a crash now must not lose them
                    feed.acknowledge(batch);
                }
                taken += batch.size();
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Search indexing failed; the changes stay in the feed and are retried: {}", e.toString());
        } finally {
            draining.unlock();
        }
        return taken;
    }

    /** Indexes the entry as the catalogue has it now (deletes it when gone); returns the entries it affects. */
    private List<SearchEntrySource.Related> reindex(SearchEntrySource.Related change) {
        SearchEntrySource source = sources.get(change.recordType());
        if (source == null) {
            return List.of(); // a record type search does not index
        }
        Optional<SearchDocument> entry = source.find(change.key());
        if (entry.isEmpty()) {
            index.delete(source.type().id(change.key()));
            return List.of();
        }
        index.index(entry.get());
        return source.related(entry.get());
    }
}
