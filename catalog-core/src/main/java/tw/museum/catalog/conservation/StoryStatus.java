package tw.museum.catalog.conservation;

/** A treatment story is written (draft), sent for review, and published once someone else approves it. */
public enum StoryStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
