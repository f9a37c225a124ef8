package tw.museum.catalog.condition;

/** How soon the recommendations should be acted on. */
public enum Urgency {
    ROUTINE, WITHIN_YEAR, WITHIN_MONTHS, IMMEDIATE
}
