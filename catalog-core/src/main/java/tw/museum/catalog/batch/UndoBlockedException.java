package tw.museum.catalog.batch;

import java.util.List;

/**
 * A batch cannot be undone: records it changed were changed again since (or deleted). Undoing it would
 * overwrite that later work, so nothing is undone; {@link #blockers()} says which records stand in the way.
 */
public class UndoBlockedException extends RuntimeException {

    /** A record the batch left at {@code versionApplied} that is now at {@code currentVersion} (null: gone). */
    public record Blocker(String objectNumber, long versionApplied, Long currentVersion) {
    }

    private final String number;
    private final transient List<Blocker> blockers;

    public UndoBlockedException(String number, List<Blocker> blockers) {
        super("Batch " + number + " cannot be undone: " + blockers.size() + " records changed since");
        this.number = number;
        this.blockers = List.copyOf(blockers);
    }

    public String number() {
        return number;
    }

    public List<Blocker> blockers() {
        return blockers;
    }
}
