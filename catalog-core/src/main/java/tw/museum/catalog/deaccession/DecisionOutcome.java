package tw.museum.catalog.deaccession;

/** The committee's answer to a deaccession proposal. */
public enum DecisionOutcome {
    APPROVED, REFUSED
}
