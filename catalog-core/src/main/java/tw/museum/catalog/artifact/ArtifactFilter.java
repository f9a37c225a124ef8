package tw.museum.catalog.artifact;

/**
 * Filters for listing artifacts (all optional). {@code text} matches the object number by prefix and
 * titles by substring; full-text search with ranking is the search module's job.
 */
public record ArtifactFilter(String text, ArtifactStatus status, String classification, Long makerId,
                             String material, Integer yearFrom, Integer yearTo) {

    public static ArtifactFilter none() {
        return new ArtifactFilter(null, null, null, null, null, null, null);
    }

    public ArtifactFilter withStatus(ArtifactStatus newStatus) {
        return new ArtifactFilter(text, newStatus, classification, makerId, material, yearFrom, yearTo);
    }
}
