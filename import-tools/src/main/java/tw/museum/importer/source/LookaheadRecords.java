package tw.museum.importer.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Records read one ahead: a streaming reader says how to fetch the next one, this does the iterating. */
abstract class LookaheadRecords implements Iterator<SourceRecord>, AutoCloseable {

    private SourceRecord pending;

    /** The next record, or null at the end of the source. */
    protected abstract SourceRecord fetch();

    @Override
    public final boolean hasNext() {
        if (pending == null) {
            pending = fetch();
        }
        return pending != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord next = pending;
        pending = null;
        return next;
    }

    @Override
    public abstract void close();
}
