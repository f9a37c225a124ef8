package tw.museum.catalog.healthcheck;

/** What a requester may ask for. */
public enum ServiceKind {
    HEALTH_CHECK, CONDITION_REPORT, ANTIQUITY_REPORTING, TREATMENT_ADVICE
}
