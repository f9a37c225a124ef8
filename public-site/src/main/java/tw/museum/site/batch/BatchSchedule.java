package tw.museum.site.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tw.museum.catalog.batch.BatchWorker;

/**
 * Every node looks for batch work every {@code museum.batch.poll-interval}; the database shares it out (claims
 * with a lease), so adding nodes adds workers, and a node that stopped mid-batch leaves its records to the others.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "museum.batch.worker.enabled", havingValue = "true", matchIfMissing = true)
class BatchSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSchedule.class);

    private final BatchWorker worker;

    BatchSchedule(BatchWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${museum.batch.poll-interval:2s}", initialDelayString = "${museum.batch.poll-interval:2s}")
    void work() {
        try {
            int taken = worker.runPending();
            if (taken > 0) {
                LOG.debug("Batch edits: {} records worked on", taken);
            }
        } catch (RuntimeException e) {
            LOG.warn("Batch edit work failed; what was left is taken again after its lease", e);
        }
    }
}
