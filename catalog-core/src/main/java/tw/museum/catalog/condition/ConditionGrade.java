package tw.museum.catalog.condition;

/** The overall condition, from stable to needing action before the object can be handled. */
public enum ConditionGrade {
    GOOD, FAIR, POOR, UNSTABLE
}
