package tw.museum.catalog.condition;

/**
 * Why an object was examined; loans use the departure and return checks, health checks their own. TREATMENT
 * records conservation work done (its {@code treatment} says what was done), with the condition after it.
 */
public enum ConditionContext {
    CONSERVATION, TREATMENT, HEALTH_CHECK, LOAN_DEPARTURE, LOAN_RETURN, ACQUISITION, EXHIBITION, SURVEY
}
