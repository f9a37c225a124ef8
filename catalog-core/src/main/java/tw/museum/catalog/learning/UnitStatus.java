package tw.museum.catalog.learning;

/** Where a unit stands for the public: derived from its publication time and the clock, never stored. */
public enum UnitStatus {
    DRAFT, SCHEDULED, PUBLISHED
}
