package tw.museum.catalog.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.OnBehalfOf;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Works through running batches, on any node: claims a chunk of records (a conditional UPDATE with a lease),
 * works on it, and moves the batch on when nothing is left. Every node may run one; they share the work.
 *
 * <ul>
 *   <li><b>Preview.</b> Each record's change is really made, through the field's service, in a transaction that is
 *   then rolled back: the preview shows exactly what the application would store, and every refusal the
 *   catalogue's rules would give, without listing those rules here.</li>
 *   <li><b>Apply and undo.</b> A chunk is changed in one transaction that also records each item's result, so a
 *   node that dies mid-chunk leaves nothing half done: after its lease runs out another node (or the same one
 *   restarted) takes the chunk again, and finds each record either changed with its item marked, or untouched.
 *   A record whose version is no longer the one the preview saw (or the batch left, for an undo) is skipped with
 *   the reason, never overwritten. When a record is refused the chunk is rolled back and redone record by record,
 *   so a refusal costs only that record.</li>
 * </ul>
 * Changes are made on behalf of the person who asked for the step ({@link OnBehalfOf}), so the audit trail of
 * each record names them and the batch.
 */
@Component
public class BatchWorker {

    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

    private final BatchStore store;
    private final BatchFields fields;
    private final TransactionTemplate tx;
    private final TransactionTemplate dryRun;
    private final Clock clock;
    private final int chunkSize;
    private final Duration lease;
    /** Names this node's claims; a fresh one per process, so a restarted node never mistakes an old claim for its own. */
    private final String node = "batch-" + UUID.randomUUID();

    public BatchWorker(BatchStore store, BatchFields fields, PlatformTransactionManager transactions, Clock clock,
                       @Value("${museum.batch.chunk-size:50}") int chunkSize,
                       @Value("${museum.batch.claim-lease:PT2M}") Duration lease) {
        this.store = store;
        this.fields = fields;
        this.tx = new TransactionTemplate(transactions);
        this.dryRun = new TransactionTemplate(transactions);
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.lease = lease;
    }

    /** Works until no running batch has records left that this node can take; returns how many it took. */
    public int runPending() {
        int taken = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (BatchStore.Batch batch : store.running()) { // one chunk of each in turn: batches share the workers
                Instant now = clock.instant();
                String token = UUID.randomUUID().toString();
                List<BatchStore.Item> chunk = store.claim(batch.id(), batch.status().pendingItems(), node, token, now,
                        now.plus(lease), chunkSize);
                if (!chunk.isEmpty()) {
                    work(batch, chunk, token);
                    taken += chunk.size();
                    more = true;
                }
                store.finishIfDone(batch.id(), batch.status(), clock.instant());
            }
        }
        return taken;
    }

    private void work(BatchStore.Batch batch, List<BatchStore.Item> chunk, String token) {
        BatchField field = fields.get(batch.field());
        FieldValue value = field.resolve(batch.operation(), batch.value(), new Checks());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(new OnBehalfOf(batch.actor(), BatchEditService.cause(batch.number())));
        SecurityContextHolder.setContext(acting);
        try {
            if (batch.status() == BatchStatus.PREVIEWING) {
                preview(batch, field, value, chunk, token);
            } else {
                change(batch, field, chunk, token);
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void preview(BatchStore.Batch batch, BatchField field, FieldValue value, List<BatchStore.Item> chunk,
                         String token) {
        List<ItemResult> results = new ArrayList<>();
        for (BatchStore.Item item : chunk) {
            results.add(preview(batch, field, value, item.objectNumber()));
        }
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < chunk.size(); i++) {
                store.record(batch.id(), chunk.get(i).position(), token, ItemState.PREVIEW_PENDING, results.get(i));
            }
        });
    }

    /** Makes the change in a transaction that is rolled back, and says what it did or why it was refused. */
    private ItemResult preview(BatchStore.Batch batch, BatchField field, FieldValue value, String objectNumber) {
        for (int attempt = 1; ; attempt++) {
            try {
                return dryRun.execute(s -> {
                    s.setRollbackOnly();
                    FieldState now = field.read(objectNumber);
                    FieldValue target = field.plan(now.value(), batch.operation(), value);
                    if (target.sameAs(now.value())) {
                        return ItemResult.previewed(ItemState.UNCHANGED, now, now.value(), List.of());
                    }
                    try {
                        FieldState after = field.write(objectNumber, now.version(), target, batch.value(), false);
                        return ItemResult.previewed(ItemState.READY, now, after.value(), List.of());
                    } catch (InvalidRecordException refused) {
                        return ItemResult.previewed(ItemState.REFUSED, now, null, refused.problems());
                    }
                });
            } catch (RecordNotFoundException gone) {
                return ItemResult.previewed(ItemState.REFUSED, null, null, List.of(missing(objectNumber)));
            } catch (StaleVersionException | OptimisticLockingFailureException editedJustNow) {
                if (attempt == 2) {
                    return ItemResult.previewed(ItemState.REFUSED, null, null,
                            List.of(FieldProblem.of("objectNumber", "batch-edited-during-preview", objectNumber)));
                }
            }
        }
    }

    private void change(BatchStore.Batch batch, BatchField field, List<BatchStore.Item> chunk, String token) {
        boolean undo = batch.status() == BatchStatus.UNDOING;
        ItemState from = batch.status().pendingItems();
        try {
            tx.executeWithoutResult(s -> {
                List<BatchStore.Item> held = store.hold(batch.id(), token, from, clock.instant().plus(lease));
                Map<String, Long> versions = field.versions(held.stream().map(BatchStore.Item::objectNumber).toList());
                for (BatchStore.Item item : held) {
                    store.record(batch.id(), item.position(), token, from, change(batch, field, item, versions, undo));
                }
            });
        } catch (RuntimeException refusedOrRaced) {
            if (!refusal(refusedOrRaced)) {
                throw refusedOrRaced; // the database or a bug: the chunk stays claimed and is taken again after the lease
            }
            for (BatchStore.Item item : chunk) {
                changeAlone(batch, field, item, token, from, undo);
            }
        }
    }

    /** One record in a transaction of its own; a refusal is recorded as the item's reason for being skipped. */
    private void changeAlone(BatchStore.Batch batch, BatchField field, BatchStore.Item item, String token,
                             ItemState from, boolean undo) {
        try {
            tx.executeWithoutResult(s -> {
                if (store.holdOne(batch.id(), item.position(), token, from, clock.instant().plus(lease))) {
                    store.record(batch.id(), item.position(), token, from,
                            change(batch, field, item, field.versions(List.of(item.objectNumber())), undo));
                }
            });
        } catch (RuntimeException e) {
            if (!refusal(e)) {
                throw e;
            }
            List<FieldProblem> problems = e instanceof InvalidRecordException invalid ? invalid.problems()
                    : e instanceof RecordNotFoundException ? List.of(missing(item.objectNumber()))
                    : List.of(FieldProblem.of("objectNumber", "batch-edited-meanwhile", item.objectNumber()));
            ItemResult skipped = ItemResult.skipped(undo ? ItemState.UNDO_SKIPPED : ItemState.SKIPPED, problems);
            tx.executeWithoutResult(s -> store.record(batch.id(), item.position(), token, from, skipped));
            log.debug("Batch {}: {} skipped: {}", batch.number(), item.objectNumber(), problems);
        }
    }

    /**
     * Changes one record, unless it is no longer at the version the preview saw (applying) or the batch left
     * (undoing): then it is skipped, whatever the difference, since someone changed it on purpose.
     */
    private static ItemResult change(BatchStore.Batch batch, BatchField field, BatchStore.Item item,
                                     Map<String, Long> versions, boolean undo) {
        ItemState skipped = undo ? ItemState.UNDO_SKIPPED : ItemState.SKIPPED;
        Long now = versions.get(item.objectNumber());
        if (now == null) {
            return ItemResult.skipped(skipped, missing(item.objectNumber()));
        }
        long expected = undo ? item.versionApplied() : item.versionSeen();
        if (now != expected) {
            return ItemResult.skipped(skipped, FieldProblem.of("objectNumber",
                    undo ? "batch-changed-since-applied" : "batch-changed-since-preview", item.objectNumber(), expected, now));
        }
        FieldState after = field.write(item.objectNumber(), expected, undo ? item.before() : item.after(), batch.value(), undo);
        return undo ? ItemResult.undone(after.version()) : ItemResult.applied(after.version());
    }

    private static boolean refusal(RuntimeException e) {
        return e instanceof InvalidRecordException || e instanceof RecordNotFoundException
                || e instanceof StaleVersionException || e instanceof OptimisticLockingFailureException;
    }

    private static FieldProblem missing(String objectNumber) {
        return FieldProblem.of("objectNumber", "batch-record-missing", objectNumber);
    }
}
