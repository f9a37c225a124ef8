package tw.museum.search.api;

public enum PublicationStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
