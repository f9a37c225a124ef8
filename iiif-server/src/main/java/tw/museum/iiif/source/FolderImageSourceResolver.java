package tw.museum.iiif.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Resolver over one folder: identifier = file name without extension. An optional sidecar
 * {@code <stem>.access} holds OPEN, RESTRICTED or DENIED (a draft), so the standalone server and
 * the tests can exercise every access decision without a catalog.
 */
public class FolderImageSourceResolver implements ImageSourceResolver {

    private static final List<String> EXTENSIONS = List.of("tif", "tiff", "jpg", "jpeg", "png");

    private final Path root;
    private final int restrictedMaxSize;

    public FolderImageSourceResolver(Path root, int restrictedMaxSize) {
        try {
            this.root = root.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("image folder not readable: " + root, e);
        }
        this.restrictedMaxSize = restrictedMaxSize;
    }

    public Path root() {
        return root;
    }

    @Override
    public ResolvedSource resolve(ImageIdentifier identifier) {
        for (String ext : EXTENSIONS) {
            Path candidate = root.resolve(identifier.value() + "." + ext).normalize();
            // The identifier pattern already excludes separators; this check is the second lock.
            if (!candidate.getParent().equals(root) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return new ResolvedSource(identifier, candidate, mediaType(ext), 0, 0, accessFor(identifier),
                        Files.getLastModifiedTime(candidate).toInstant());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ResolvedSource.notFound(identifier);
    }

    private AccessDecision accessFor(ImageIdentifier identifier) throws IOException {
        Path sidecar = root.resolve(identifier.value() + ".access");
        if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return AccessDecision.OPEN;
        }
        String word = Files.readString(sidecar, StandardCharsets.UTF_8).trim().toUpperCase(Locale.ROOT);
        return switch (word) {
            case "OPEN", "PUBLISHED" -> AccessDecision.OPEN;
            case "RESTRICTED" -> new AccessDecision.Restricted(restrictedMaxSize, restrictedMaxSize);
            default -> AccessDecision.DENIED; // drafts and anything unreadable are refused
        };
    }

    private static String mediaType(String ext) {
        return switch (ext) {
            case "tif", "tiff" -> "image/tiff";
            case "png" -> "image/png";
            default -> "image/jpeg";
        };
    }
}
