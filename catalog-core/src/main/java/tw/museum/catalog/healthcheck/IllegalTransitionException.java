package tw.museum.catalog.healthcheck;

/** A status change the health-check process does not allow, such as closing an unpaid case. */
public class IllegalTransitionException extends RuntimeException {

    private final CaseStatus from;
    private final CaseStatus to;

    public IllegalTransitionException(CaseStatus from, CaseStatus to) {
        super("A health-check case cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}
