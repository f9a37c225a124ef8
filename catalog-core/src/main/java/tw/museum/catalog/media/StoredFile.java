package tw.museum.catalog.media;

/** A file accepted into the media store: what it is (detected from its bytes) and where it lies. */
public record StoredFile(String storageKey, String sha256, long sizeBytes, String mediaType, MediaKind kind,
                         Integer width, Integer height) {
}
