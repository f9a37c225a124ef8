package tw.museum.catalog.common;

/**
 * A step a record's process does not have from where the record stands (approving a story nobody sent for
 * review, closing an exhibition never installed). Answered as 409 with both states.
 */
public class IllegalStepException extends RuntimeException {

    private final String current;
    private final String needed;

    public IllegalStepException(Enum<?> current, Enum<?> needed) {
        super("the record is " + current + ", the step needs " + needed);
        this.current = String.valueOf(current);
        this.needed = String.valueOf(needed);
    }

    public String current() {
        return current;
    }

    public String needed() {
        return needed;
    }
}
