package tw.museum.iiif.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * An identifier resolved to the original file in the image store.
 *
 * @param path          the original file; null only when access is NOT_FOUND
 * @param mediaType     e.g. image/tiff; null if unknown (then it is sniffed from the file)
 * @param width         width in pixels if the catalog knows it, else 0
 * @param height        height in pixels if the catalog knows it, else 0
 * @param lastModified  drives Last-Modified and invalidates derivatives
 */
public record ResolvedSource(ImageIdentifier identifier, Path path, String mediaType, int width, int height,
                             AccessDecision access, Instant lastModified) {

    public ResolvedSource {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(access, "access");
        if (!(access instanceof AccessDecision.NotFound)) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    public static ResolvedSource notFound(ImageIdentifier identifier) {
        return new ResolvedSource(identifier, null, null, 0, 0, AccessDecision.NOT_FOUND, null);
    }

    /** Changes whenever the file is replaced, so cached derivatives of an old version are never served. */
    public String fingerprint() {
        return identifier.value() + "@" + (lastModified == null ? 0 : lastModified.toEpochMilli());
    }
}
