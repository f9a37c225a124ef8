package tw.museum.catalog.artifact;

/** Publication status: only PUBLISHED records are ever shown to the public or exported. */
public enum ArtifactStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
