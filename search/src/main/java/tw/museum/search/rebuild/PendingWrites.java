package tw.museum.search.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tw.museum.search.api.SearchDocument;

/**
 * Writes that arrive while a rebuild runs. They go to the live index at once and are recorded here, then
 * replayed into the new index just before the switch, so no update made during a rebuild is lost.
 */
public final class PendingWrites {
    private final List<Write> writes = new ArrayList<>();

    public synchronized void indexed(SearchDocument doc) {
        writes.add(new Write(doc.objectNumber(), doc));
    }

    public synchronized void deleted(String objectNumber) {
        writes.add(new Write(objectNumber, null));
    }

    /** Replays in order; a null document is a delete. */
    public synchronized void replay(Consumer<SearchDocument> index, Consumer<String> delete) {
        for (Write write : writes) {
            if (write.document() == null) {
                delete.accept(write.objectNumber());
            } else {
                index.accept(write.document());
            }
        }
        writes.clear();
    }

    private record Write(String objectNumber, SearchDocument document) {
    }
}
