package tw.museum.catalog.batch;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import tw.museum.catalog.common.Checks;

/**
 * One field that batches can change. A field reads its value on a record, works out what it becomes, and
 * writes it through the service that owns it, so the same rules, audit and locking apply as to an edit made
 * by hand. Adding a field to batch editing is one Spring component implementing this (most extend
 * {@link ArtifactBatchField}); the workspace, the API and the job pick it up by its {@link #name()}.
 */
public interface BatchField {

    /** The stable name in the API, the pages and stored batches ("materials"); texts are "batch.field.<name>". */
    String name();

    Set<BatchOperation> operations();

    /** What kind of value the field takes, so forms know what to offer. */
    BatchInput input();

    /** The kind of change this is, so the roles it needs can be asked for. */
    default BatchAccess access() {
        return BatchAccess.CATALOGUE;
    }

    /**
     * Checks what the batch sets, adds or removes, once for the whole batch, and resolves it (term labels).
     * Problems are added under "value" ("value.codes[0]", "value.text.zh").
     */
    FieldValue resolve(BatchOperation operation, BatchValue value, Checks checks);

    /** The field's value on a record now, with the record's version; RecordNotFoundException if there is none. */
    FieldState read(String objectNumber);

    /** What the field becomes on a record that has {@code current}; {@code value} is what {@link #resolve} gave. */
    FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value);

    /**
     * Stores {@code target} on the record, which must still be at {@code version} (StaleVersionException otherwise),
     * through the owning service: its refusals are thrown (InvalidRecordException). Returns the stored state.
     */
    FieldState write(String objectNumber, long version, FieldValue target);

    /**
     * {@link #write} as a batch's step: with what the batch asked for and whether this is its undo, for fields
     * whose change records more than the value (a move records its reason). Most fields need neither.
     */
    default FieldState write(String objectNumber, long version, FieldValue target, BatchValue requested, boolean undo) {
        return write(objectNumber, version, target);
    }

    /** The current versions of these records, by object number; records that no longer exist are left out. */
    Map<String, Long> versions(Collection<String> objectNumbers);
}
