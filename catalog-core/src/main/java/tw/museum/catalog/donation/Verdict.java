package tw.museum.catalog.donation;

/** A curator's recommendation, or the acquisition committee's decision. */
public enum Verdict {
    ACCEPT, DECLINE
}
