package tw.museum.catalog.artifact;

/**
 * Publication status: only PUBLISHED records are ever shown to the public or exported. DEACCESSIONED
 * records left the collection by a deaccession decision ({@code catalog.deaccession}): they are kept, never
 * public again, never lent, and only that procedure sets the status.
 */
public enum ArtifactStatus {
    DRAFT, PUBLISHED, WITHDRAWN, DEACCESSIONED
}
