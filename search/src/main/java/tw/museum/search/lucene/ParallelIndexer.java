package tw.museum.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import tw.museum.search.api.SearchDocument;

/**
 * Feeds a fresh IndexWriter from one iterator with one thread per core: analysis dominates indexing cost
 * and IndexWriter is built for concurrent adds. The iterator is read under a lock, in small batches.
 * No merge to one segment follows: the merge policy keeps the count small (two segments for 100,000 records) and
 * searches measured as fast on them (docs/benchmarks.md), while a forced merge took a quarter of the rebuild.
 */
final class ParallelIndexer {
    private static final int BATCH = 256;

    private final LuceneDocumentMapper mapper;
    private final IndexWriter writer;

    ParallelIndexer(LuceneDocumentMapper mapper, IndexWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    long indexAll(Iterator<SearchDocument> documents) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-rebuild");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> work(documents)));
            }
            long total = 0;
            for (Future<Long> worker : workers) {
                total += worker.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private long work(Iterator<SearchDocument> documents) throws IOException {
        long count = 0;
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        while (true) {
            batch.clear();
            synchronized (documents) {
                while (batch.size() < BATCH && documents.hasNext()) {
                    batch.add(documents.next());
                }
            }
            if (batch.isEmpty()) {
                // Flush this thread's buffer here, so the buffers are written in parallel instead of one after
                // another by the commit.
                writer.flushNextBuffer();
                return count;
            }
            for (SearchDocument doc : batch) {
                // Rebuild input has one document per object number, so add is enough (no delete lookups).
                writer.addDocument(mapper.toDocument(doc));
                count++;
            }
        }
    }

}
