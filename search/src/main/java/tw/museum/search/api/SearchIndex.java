package tw.museum.search.api;

import java.util.Iterator;
import java.util.List;

/**
 * The search engine, whatever the backend. Writes are visible to searches after {@link #refresh()}
 * (or shortly after, on their own). Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    void index(SearchDocument document);

    void delete(String objectNumber);

    /**
     * Reindexes everything into a new index and switches to it only when complete; searches keep
     * answering from the old index meanwhile. Writes made during the rebuild are replayed into the new index.
     *
     * @return the number of documents indexed
     */
    long rebuild(Iterator<SearchDocument> documents);

    SearchResult search(SearchRequest request);

    List<Suggestion> suggest(String prefix, Audience audience);

    /** Objects related to the given one, best first, never the object itself. */
    List<SearchHit> moreLikeThis(String objectNumber, Audience audience, int count);

    long count(Audience audience);

    IndexHealth health();

    /**
     * Makes all writes so far survive a crash of this process (a kill or a power loss), so that a change
     * acknowledged to the catalogue afterwards is never lost from the index. A server whose writes are
     * durable when answered (Elasticsearch's translog) has nothing to do.
     */
    default void makeDurable() {
    }

    /** Makes all writes so far visible to searches. */
    void refresh();

    @Override
    void close();
}
