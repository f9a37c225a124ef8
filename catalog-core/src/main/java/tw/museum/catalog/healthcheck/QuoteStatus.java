package tw.museum.catalog.healthcheck;

/** A quote is drafted and edited by staff, sent, then accepted or declined by the requester. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED
}
