package tw.museum.catalog.healthcheck;

/** The outcome of a requester opening a case with number and access code. */
public record CaseAccess(Outcome outcome, RequesterCaseView view) {

    public enum Outcome {
        /** Number and code match. */
        GRANTED,
        /** Unknown number or wrong code: the two are not told apart. */
        DENIED,
        /** Too many wrong codes lately for this number or from this client. */
        THROTTLED
    }

    static CaseAccess granted(RequesterCaseView view) {
        return new CaseAccess(Outcome.GRANTED, view);
    }

    public boolean granted() {
        return outcome == Outcome.GRANTED;
    }
}
