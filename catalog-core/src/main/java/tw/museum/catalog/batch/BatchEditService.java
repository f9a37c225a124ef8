package tw.museum.catalog.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Batch edits: one change to one field of many records. {@link #create} stores the batch with its records and
 * starts its preview; {@link BatchWorker}s on any node work through it; once previewed, {@link #apply} starts the
 * change and {@link #undo} takes it back while nothing has changed since. Each step is checked against the
 * batch's version (two people pressing "apply" at once: the second is refused) and audited under
 * {@value #AUDIT_TYPE}; each record's change is audited on the record, naming the batch ({@link #cause}).
 */
@Service
@Transactional
public class BatchEditService {

    public static final String AUDIT_TYPE = "batch-edit";
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final int MAX_NUMBER_LENGTH = 200;
    private static final int MAX_SELECTION_LENGTH = 1000;

    private final BatchFields fields;
    private final BatchStore store;
    private final NumberCounters counters;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final int maxRecords;

    public BatchEditService(BatchFields fields, BatchStore store, NumberCounters counters, AuditLog audit,
                            CurrentActor actor, Clock clock, @Value("${museum.batch.max-records:50000}") int maxRecords) {
        this.fields = fields;
        this.store = store;
        this.counters = counters;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.maxRecords = maxRecords;
    }

    /** What the audit trail of a record names as the cause of a change the batch made. */
    public static String cause(String batchNumber) {
        return AUDIT_TYPE + ":" + batchNumber;
    }

    public int maxRecords() {
        return maxRecords;
    }

    public List<BatchField> fields() {
        return fields.all();
    }

    /** The field of that name, for callers that check who may change it; InvalidRecordException if there is none. */
    @Transactional(readOnly = true)
    public BatchField field(String name) {
        return fields.find(name).orElseThrow(() -> new InvalidRecordException(
                FieldProblem.of("field", "not-one-of", fields.names())));
    }

    /** Stores a new batch and its records, every problem with the request at once; its preview starts. */
    public BatchView create(BatchRequest request) {
        Checks checks = new Checks();
        BatchField field = fields.find(request.field()).orElse(null);
        if (field == null) {
            checks.add("field", "not-one-of", fields.names());
        } else if (request.operation() == null || !field.operations().contains(request.operation())) {
            checks.add("operation", "not-one-of", String.join(", ",
                    field.operations().stream().sorted().map(Enum::name).toList()));
        } else {
            field.resolve(request.operation(), request.value(), checks);
        }
        List<String> numbers = numbers(request.objectNumbers(), checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        int year = now.atZone(MUSEUM_ZONE).getYear();
        String number = "BE-%d-%04d".formatted(year, counters.next(AUDIT_TYPE + ":" + year));
        String selection = request.selection() == null ? "" : request.selection().strip();
        if (selection.length() > MAX_SELECTION_LENGTH) {
            selection = selection.substring(0, MAX_SELECTION_LENGTH - 1) + "…";
        }
        long id = store.insertBatch(number, field.name(), request.operation(), request.value(), selection,
                numbers.size(), actor.name(), now);
        store.insertItems(id, numbers);
        BatchView created = view(store.find(number).orElseThrow());
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, summary(created));
        return created;
    }

    private List<String> numbers(List<String> given, Checks checks) {
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String n = given.get(i) == null ? "" : given.get(i).strip();
            if (n.length() > MAX_NUMBER_LENGTH) {
                checks.add("objectNumbers[" + i + "]", "too-long", MAX_NUMBER_LENGTH);
            } else if (!n.isEmpty()) {
                numbers.add(n);
            }
        }
        if (numbers.isEmpty()) {
            checks.add("objectNumbers", "required");
        } else if (numbers.size() > maxRecords) {
            checks.add("objectNumbers", "batch-too-many", numbers.size(), maxRecords);
        }
        return List.copyOf(numbers);
    }

    @Transactional(readOnly = true)
    public BatchView get(String number) {
        return view(find(number));
    }

    @Transactional(readOnly = true)
    public Page<BatchView> list(Pageable pageable) {
        List<BatchView> views = store.list((int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(this::view).toList();
        return new PageImpl<>(views, pageable, store.count());
    }

    /** The batch's records in order, of one state or (null) all of them. */
    @Transactional(readOnly = true)
    public Page<BatchItemView> items(String number, ItemState state, Pageable pageable) {
        BatchStore.Batch batch = find(number);
        List<BatchItemView> items = store.items(batch.id(), state, (int) pageable.getOffset(), pageable.getPageSize())
                .stream().map(BatchEditService::view).toList();
        Map<ItemState, Integer> counts = store.counts(batch.id());
        long total = state == null ? batch.total() : counts.getOrDefault(state, 0);
        return new PageImpl<>(items, pageable, total);
    }

    /** Starts changing the records the preview showed as ready; the batch must be previewed and at {@code version}. */
    public BatchView apply(String number, long version) {
        BatchStore.Batch batch = step(number, version, Set.of(BatchStatus.PREVIEWED), BatchStatus.APPLYING, "applied_by");
        store.finishIfDone(batch.id(), BatchStatus.APPLYING, clock.instant()); // nothing was ready: done already
        return audited(batch);
    }

    /** Gives up a batch that was not applied (while its preview runs, or after). */
    public BatchView discard(String number, long version) {
        return audited(step(number, version, Set.of(BatchStatus.PREVIEWING, BatchStatus.PREVIEWED),
                BatchStatus.DISCARDED, null));
    }

    /**
     * Starts putting back every record the batch changed, as it was. Refused with the records in the way when any
     * of them has been changed since the batch left it ({@link UndoBlockedException}): their later edits would be
     * lost. A record edited in the short time between this check and its undo is skipped, with the reason.
     */
    public BatchView undo(String number, long version) {
        BatchStore.Batch batch = find(number);
        if (batch.status() != BatchStatus.APPLIED) {
            StaleVersionException.check(AUDIT_TYPE, number, version, batch.version());
            throw new IllegalBatchStepException(number, batch.status(), Set.of(BatchStatus.APPLIED));
        }
        Map<String, Long> left = store.appliedVersions(batch.id());
        Map<String, Long> now = fields.get(batch.field()).versions(left.keySet());
        List<UndoBlockedException.Blocker> blockers = new ArrayList<>();
        left.forEach((objectNumber, applied) -> {
            Long current = now.get(objectNumber);
            if (current == null || current.longValue() != applied) {
                blockers.add(new UndoBlockedException.Blocker(objectNumber, applied, current));
            }
        });
        if (!blockers.isEmpty()) {
            throw new UndoBlockedException(number, blockers);
        }
        BatchStore.Batch undoing = step(number, version, Set.of(BatchStatus.APPLIED), BatchStatus.UNDOING, "undone_by");
        store.finishIfDone(undoing.id(), BatchStatus.UNDOING, clock.instant());
        return audited(undoing);
    }

    private BatchStore.Batch step(String number, long version, Set<BatchStatus> from, BatchStatus to, String actorColumn) {
        BatchStore.Batch batch = find(number);
        if (!store.transition(batch.id(), version, from, to, actorColumn, actor.name(), clock.instant())) {
            BatchStore.Batch now = find(number);
            StaleVersionException.check(AUDIT_TYPE, number, version, now.version());
            throw new IllegalBatchStepException(number, now.status(), from);
        }
        return batch;
    }

    private BatchView audited(BatchStore.Batch before) {
        BatchView after = get(before.number());
        audit.record(AUDIT_TYPE, before.number(), AuditAction.UPDATE, summary(view(before)), summary(after));
        return after;
    }

    /** What the audit trail keeps of a batch: its step and counts, not its every record (they have their own). */
    private static Map<String, Object> summary(BatchView v) {
        return Map.of("status", v.status(), "field", v.field(), "operation", v.operation(), "value", v.value(),
                "selection", v.selection(), "total", v.total(), "counts", v.counts());
    }

    private BatchStore.Batch find(String number) {
        return store.find(number == null ? "" : number).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }

    private BatchView view(BatchStore.Batch b) {
        Map<ItemState, Integer> counts = store.counts(b.id());
        return new BatchView(b.number(), b.field(), b.operation(), b.value(), b.selection(), b.status(), b.total(),
                counts, BatchView.progress(b.status(), b.total(), counts), b.createdBy(), b.createdAt(), b.appliedBy(),
                b.appliedAt(), b.undoneBy(), b.undoneAt(), b.finishedAt(), b.version());
    }

    private static BatchItemView view(BatchStore.Item i) {
        return new BatchItemView(i.position(), i.objectNumber(), i.state(), i.before(), i.after(), i.problems(),
                i.versionSeen(), i.versionApplied(), i.versionUndone());
    }
}
