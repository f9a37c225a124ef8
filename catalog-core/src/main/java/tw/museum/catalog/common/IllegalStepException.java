package tw.museum.catalog.common;

/**
 * A step a procedure does not have from where its record stands (a loan's departure before the agreement,
 * a disposal before the committee's approval, closing an exhibition never installed): the record's state now and the state the step needs.
 */
public class IllegalStepException extends RuntimeException {

    private final Enum<?> current;
    private final Enum<?> needed;

    public IllegalStepException(String record, Enum<?> current, Enum<?> needed) {
        super(record + " is " + current + ", the step needs " + needed);
        this.current = current;
        this.needed = needed;
    }

    public IllegalStepException(Enum<?> current, Enum<?> needed) {
        this("the record", current, needed);
    }

    public Enum<?> currentState() {
        return current;
    }

    public Enum<?> neededState() {
        return needed;
    }
}
