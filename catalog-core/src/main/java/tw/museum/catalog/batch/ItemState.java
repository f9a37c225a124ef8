package tw.museum.catalog.batch;

/** Where one record of a batch stands. */
public enum ItemState {
    /** Waiting for its preview. */
    PREVIEW_PENDING,
    /** Previewed: the change would be made. */
    READY,
    /** Previewed: the record already has the value; nothing to do. */
    UNCHANGED,
    /** Previewed: the change would be refused (the reason is kept). */
    REFUSED,
    /** Changed by the batch. */
    APPLIED,
    /** Not changed when the batch was applied: edited since the preview, or refused then (the reason is kept). */
    SKIPPED,
    /** Put back as it was before the batch. */
    UNDONE,
    /** Not put back when the batch was undone: edited in the meantime (the reason is kept). */
    UNDO_SKIPPED
}
