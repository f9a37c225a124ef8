package tw.museum.catalog.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * Keeps original files on disk, addressed by their SHA-256 ({@code ab/cd/abcd...}): a name the user
 * chose never becomes a path, identical uploads are stored once, and the checksum is the key.
 * On several application nodes the store directory is a shared volume.
 */
@Component
public class MediaStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/tiff", "image/webp", "image/gif");
    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "text/plain");

    private final Path root;
    private final long maxBytes;
    private final ImageHeaderReader headers;
    private final Tika tika = new Tika();

    public MediaStore(MediaProperties properties, ImageHeaderReader headers) {
        this.root = properties.storeDir().toAbsolutePath().normalize();
        this.maxBytes = properties.maxUploadSize().toBytes();
        this.headers = headers;
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create media store at " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Streams an upload into the store. The type is detected from the content (never from the name);
     * images must have a readable header within the pixel limit. Refused uploads leave nothing behind.
     */
    public StoredFile store(InputStream content) {
        return store(content, maxBytes);
    }

    /**
     * Stores a file the museum made itself (a generated report): the upload size limit, which guards
     * against what outsiders send, does not apply to it.
     */
    public StoredFile storeGenerated(byte[] content) {
        return store(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE);
    }

    private StoredFile store(InputStream content, long limit) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(new DigestInputStream(content, digest), temp, limit);
            if (size == 0) {
                throw new InvalidRecordException(FieldProblem.of("file", "empty-file"));
            }
            String mediaType;
            try (InputStream in = Files.newInputStream(temp)) {
                mediaType = tika.detect(in);
            }
            MediaKind kind = kindOf(mediaType);
            ImageHeader header = kind == MediaKind.IMAGE ? headers.read(temp) : null;
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredFile(key, sha256, size, mediaType, kind,
                    header == null ? null : header.width(), header == null ? null : header.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file for a storage key; keys are checked so a crafted one cannot reach outside the store. */
    public Path path(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return root.resolve(storageKey);
    }

    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(path(storageKey));
    }

    private long copyLimited(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new UploadTooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static MediaKind kindOf(String mediaType) {
        if (IMAGE_TYPES.contains(mediaType)) {
            return MediaKind.IMAGE;
        }
        if (DOCUMENT_TYPES.contains(mediaType)) {
            return MediaKind.DOCUMENT;
        }
        throw new InvalidRecordException(FieldProblem.of("file", "unsupported-type", mediaType));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray temp file is harmless; the next start does not depend on it
            }
        }
    }
}
