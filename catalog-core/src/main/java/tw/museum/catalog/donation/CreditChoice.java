package tw.museum.catalog.donation;

/** What the donor agreed the museum may publish in the credit line. */
public enum CreditChoice {
    /** The donor's name as given. */
    NAME,
    /** A name of the donor's choosing (a family, "in memory of ..."). */
    CUSTOM,
    /** No name: an anonymous gift. */
    ANONYMOUS
}
