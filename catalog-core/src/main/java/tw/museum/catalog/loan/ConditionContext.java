package tw.museum.catalog.loan;

/** The two condition checks every lent object gets. */
public enum ConditionContext {
    DEPARTURE, RETURN
}
