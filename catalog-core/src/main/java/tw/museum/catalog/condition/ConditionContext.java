package tw.museum.catalog.condition;

/** Why an object was examined; loans use the departure and return checks, health checks their own. */
public enum ConditionContext {
    CONSERVATION, HEALTH_CHECK, LOAN_DEPARTURE, LOAN_RETURN, ACQUISITION, EXHIBITION, SURVEY
}
