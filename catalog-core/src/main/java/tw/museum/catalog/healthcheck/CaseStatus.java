package tw.museum.catalog.healthcheck;

/** Where a health-check case stands. Which status may follow which is {@link CaseTransitions}' business. */
public enum CaseStatus {
    SUBMITTED, ACCEPTED, DECLINED, QUOTED, QUOTE_ACCEPTED, SCHEDULED, EXAMINED, REPORT_ISSUED, PAID, CLOSED,
    CANCELLED;

    /** Declined, closed and cancelled cases take no further step. */
    public boolean isFinal() {
        return CaseTransitions.next(this).isEmpty();
    }
}
