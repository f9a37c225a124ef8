package tw.museum.catalog.media;

/**
 * Published when a file is attached to an artifact, for work best done once per file in the
 * background after the commit (deriving image pyramids, extracting text).
 */
public record MediaAttached(long mediaId, String objectNumber, MediaKind kind) {
}
