package tw.museum.catalog.batch;

/**
 * Where a batch stands. In the three running statuses a job works through the items in one state
 * ({@link #pendingItems()}); when none is left the batch moves on ({@link #next()}).
 */
public enum BatchStatus {
    PREVIEWING, PREVIEWED, APPLYING, APPLIED, UNDOING, UNDONE, DISCARDED;

    /** The state of the items the job of this status still has to take; null when no job runs. */
    public ItemState pendingItems() {
        return switch (this) {
            case PREVIEWING -> ItemState.PREVIEW_PENDING;
            case APPLYING -> ItemState.READY;
            case UNDOING -> ItemState.APPLIED;
            default -> null;
        };
    }

    public boolean running() {
        return pendingItems() != null;
    }

    /** Where the batch goes when its job is done. */
    BatchStatus next() {
        return switch (this) {
            case PREVIEWING -> PREVIEWED;
            case APPLYING -> APPLIED;
            case UNDOING -> UNDONE;
            default -> this;
        };
    }
}
