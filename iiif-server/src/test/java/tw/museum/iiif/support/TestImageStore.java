package tw.museum.iiif.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * One folder of real images shared by the web tests (created once per JVM, so all of them share one Spring
 * context). Access sidecars make "restricted" rights-restricted and "draft" a refused draft.
 */
public final class TestImageStore {

    public static final Instant LAST_MODIFIED = Instant.parse("2026-01-02T03:04:05Z");

    private static Path root;

    private TestImageStore() {
    }

    public static synchronized Path root() {
        if (root == null) {
            try {
                root = create();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static Path cacheDir() {
        return root().resolveSibling(root().getFileName() + "-cache");
    }

    private static Path create() throws IOException {
        Path dir = Files.createTempDirectory("iiif-images");
        TestImages.writeJpeg(TestImages.quadrants(1200, 800), dir.resolve("photo.jpg"));
        TestImages.writePng(TestImages.quadrants(640, 480), dir.resolve("plain.png"));
        TestImages.writeJpeg(TestImages.quadrants(1000, 1000), dir.resolve("validator.jpg")); // the validator's size
        TestImages.writeTiff(TestImages.quadrants(800, 600), dir.resolve("strips.tif"), 0, false, "LZW");
        TestImages.writeTiff(TestImages.quadrants(2048, 1536), dir.resolve("pyramid.tif"), 256, true, "JPEG");
        TestImages.writeJpeg(TestImages.quadrants(2000, 1500), dir.resolve("restricted.jpg"));
        Files.writeString(dir.resolve("restricted.access"), "RESTRICTED");
        TestImages.writeJpeg(TestImages.quadrants(600, 400), dir.resolve("draft.jpg"));
        Files.writeString(dir.resolve("draft.access"), "DRAFT");
        TestImages.writePngBomb(dir.resolve("bomb.png"), 100_000, 100_000);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(LAST_MODIFIED));
            }
        }
        // A file outside the store that hostile identifiers would like to reach.
        Files.writeString(dir.resolveSibling("secret.jpg"), "not for you");
        return dir;
    }
}
