package tw.museum.catalog.condition;

/** How likely further damage is if nothing is done. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
