package tw.museum.iiif.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * The derivation threads, held in one bean rather than exposed as ExecutorService beans, so they never
 * become candidates for other injection points in the main application.
 */
public class DerivationExecutors implements DisposableBean {

    private final ExecutorService coordinator;
    private final ExecutorService workers;

    public DerivationExecutors(int workerThreads) {
        this.coordinator = Executors.newSingleThreadExecutor(named("iiif-derive"));
        this.workers = Executors.newFixedThreadPool(workerThreads, named("iiif-derive-worker"));
    }

    public ExecutorService coordinator() {
        return coordinator;
    }

    public ExecutorService workers() {
        return workers;
    }

    @Override
    public void destroy() {
        coordinator.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // serving requests comes first
            return t;
        };
    }
}
