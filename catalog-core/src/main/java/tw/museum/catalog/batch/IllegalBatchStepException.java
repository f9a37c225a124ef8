package tw.museum.catalog.batch;

import java.util.Set;

/** A step the batch is not ready for from where it stands (applying a batch still in preview, undoing twice). */
public class IllegalBatchStepException extends RuntimeException {

    private final String number;
    private final BatchStatus current;
    private final Set<BatchStatus> needed;

    public IllegalBatchStepException(String number, BatchStatus current, Set<BatchStatus> needed) {
        super("Batch " + number + " is " + current + ", the step needs " + needed);
        this.number = number;
        this.current = current;
        this.needed = Set.copyOf(needed);
    }

    public String number() {
        return number;
    }

    public BatchStatus current() {
        return current;
    }

    public Set<BatchStatus> needed() {
        return needed;
    }
}
