package tw.museum.search.api;

public enum PublicationStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    /** Left the collection: staff still find it, the public never. */
    DEACCESSIONED
}
