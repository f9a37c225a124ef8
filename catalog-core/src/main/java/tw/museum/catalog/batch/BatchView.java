package tw.museum.catalog.batch;

import java.time.Instant;
import java.util.Map;

/**
 * A batch as staff see it: what it changes, on how many records, where it stands, how many records are in
 * each state ({@code counts}), the progress of its running job, and who asked for each step.
 */
public record BatchView(String number, String field, BatchOperation operation, BatchValue value, String selection,
                        BatchStatus status, int total, Map<ItemState, Integer> counts, BatchProgress progress,
                        String createdBy, Instant createdAt, String appliedBy, Instant appliedAt,
                        String undoneBy, Instant undoneAt, Instant finishedAt, long version) {

    public int count(ItemState state) {
        return counts.getOrDefault(state, 0);
    }

    /** The records the application would change (or changed, or put back). */
    static BatchProgress progress(BatchStatus status, int total, Map<ItemState, Integer> counts) {
        int pending = status.running() ? counts.getOrDefault(status.pendingItems(), 0) : 0;
        return switch (status) {
            case PREVIEWING -> new BatchProgress(total - pending, total);
            case APPLYING -> new BatchProgress(sum(counts, ItemState.APPLIED, ItemState.SKIPPED),
                    sum(counts, ItemState.READY, ItemState.APPLIED, ItemState.SKIPPED));
            case UNDOING -> new BatchProgress(sum(counts, ItemState.UNDONE, ItemState.UNDO_SKIPPED),
                    sum(counts, ItemState.APPLIED, ItemState.UNDONE, ItemState.UNDO_SKIPPED));
            default -> new BatchProgress(total, total);
        };
    }

    private static int sum(Map<ItemState, Integer> counts, ItemState... states) {
        int n = 0;
        for (ItemState s : states) {
            n += counts.getOrDefault(s, 0);
        }
        return n;
    }
}
