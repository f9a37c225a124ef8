package tw.museum.catalog.artifact;

/**
 * Published after a change to an artifact commits with it, for whoever keeps copies in step
 * (the search index, caches). {@code statusAfter} is null when the record was deleted.
 */
public record ArtifactChanged(String objectNumber, ArtifactStatus statusAfter) {
}
