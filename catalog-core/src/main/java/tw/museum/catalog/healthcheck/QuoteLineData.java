package tw.museum.catalog.healthcheck;

/**
 * One line of a quote, in whole New Taiwan dollars. {@code service} names the service a SERVICE line
 * charges for; {@code text} is staff's own wording, shown instead of the standard label when given.
 */
public record QuoteLineData(QuoteLineKind kind, ServiceKind service, String text, int quantity, long unitAmount) {

    public long amount() {
        return quantity * unitAmount;
    }
}
