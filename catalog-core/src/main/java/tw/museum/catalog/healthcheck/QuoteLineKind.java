package tw.museum.catalog.healthcheck;

/** What a quote line charges for (or takes off: discounts are negative). */
public enum QuoteLineKind {
    BASE, SERVICE, TRAVEL, URGENCY, DISCOUNT, OTHER
}
