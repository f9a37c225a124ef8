package tw.museum.catalog.loan;

/**
 * Where a loan stands. SUBMITTED until the registrar's review; APPROVED (some objects approved, agreement
 * ready) or DECLINED; AGREED once the signed agreement is back; ON_LOAN from departure; RETURNED.
 */
public enum LoanStatus {
    SUBMITTED, APPROVED, DECLINED, AGREED, ON_LOAN, RETURNED, CANCELLED;

    /** The states in which approved objects are committed to the borrower for the loan period. */
    public boolean holdsObjects() {
        return this == SUBMITTED || this == APPROVED || this == AGREED || this == ON_LOAN;
    }
}
