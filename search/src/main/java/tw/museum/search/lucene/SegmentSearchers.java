package tw.museum.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searches the segments of one index in parallel, one task per segment, on a pool with a thread per core: a
 * rebuild leaves a few large segments, and one visitor's search then uses every core instead of one (collection
 * and facet counting are most of a search). Under many concurrent searches the pool simply queues.
 */
final class SegmentSearchers extends SearcherFactory implements AutoCloseable {
    private final ExecutorService pool;

    SegmentSearchers() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "search-segment-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The pool, for the facet counts of a search (counted per segment in parallel too). */
    ExecutorService pool() {
        return pool;
    }

    /** Starts the work on the pool; {@link Forked#join()} gives its result. */
    <T> Forked<T> fork(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        pool.execute(task);
        return new Forked<>(task);
    }

    /** Work handed to the pool; joining runs it in the joining thread if no pool thread has started it yet. */
    record Forked<T>(FutureTask<T> task) {
        /** A result already at hand: nothing worth a pool thread (a page too short to split). */
        static <T> Forked<T> done(T result) {
            FutureTask<T> task = new FutureTask<>(() -> result);
            task.run();
            return new Forked<>(task);
        }

        T join() throws IOException {
            task.run(); // does nothing when a pool thread has started or finished it
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("search interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(e.getCause());
            }
        }
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                // Lucene's default puts segments under 250,000 documents together in one slice.
                return IndexSearcher.slices(leaves, 1, 1);
            }
        };
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
