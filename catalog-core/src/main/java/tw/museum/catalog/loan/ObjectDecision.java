package tw.museum.catalog.loan;

/** The registrar's answer for one requested object. */
public enum ObjectDecision {
    PENDING, APPROVED, REFUSED
}
