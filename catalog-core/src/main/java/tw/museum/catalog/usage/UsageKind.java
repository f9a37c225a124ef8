package tw.museum.catalog.usage;

/** Where an object's usage history entry comes from. */
public enum UsageKind {
    EXHIBITION, LOAN, LEARNING_UNIT, WEBSITE, RECORDED_USE
}
