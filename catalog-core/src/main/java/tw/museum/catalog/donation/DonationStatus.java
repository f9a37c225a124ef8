package tw.museum.catalog.donation;

/** SUBMITTED by the donor; EVALUATED by a curator; then the committee ACCEPTED (and accessioned) or DECLINED it. */
public enum DonationStatus {
    SUBMITTED, EVALUATED, ACCEPTED, DECLINED
}
