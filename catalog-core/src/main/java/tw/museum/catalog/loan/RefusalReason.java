package tw.museum.catalog.loan;

/** Why an object is not lent. */
public enum RefusalReason {
    FRAGILE, ALREADY_COMMITTED, ON_DISPLAY, OTHER
}
