package tw.museum.catalog.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * JPEG thumbnails of stored images, made once with Thumbnailator and kept beside the originals.
 * Requested sizes snap to a few steps so arbitrary sizes cannot fill the disk.
 */
@Component
public class ThumbnailCache {

    private static final int[] STEPS = {200, 400, 800, 1200};

    private final Path root;

    public ThumbnailCache(MediaStore store) {
        this.root = store.root().resolve("thumbnails");
    }

    public static int snap(int requested) {
        for (int step : STEPS) {
            if (requested <= step) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The largest step not above {@code max} (the smallest step if none is), for sizes that must not be exceeded. */
    public static int snapDown(int max) {
        int best = STEPS[0];
        for (int step : STEPS) {
            if (step <= max) {
                best = step;
            }
        }
        return best;
    }

    /** The thumbnail of an original, at most {@code size} pixels on its long side (snapped to a step). */
    public Path of(String sha256, Path original, int size) throws IOException {
        int box = snap(size);
        Path target = root.resolve(Integer.toString(box)).resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        // Written beside the target and moved, so a concurrent reader never sees half a file.
        Path temp = Files.createTempFile(target.getParent(), "thumb-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                Thumbnails.of(original.toFile()).size(box, box).outputFormat("jpg").outputQuality(0.85)
                        .toOutputStream(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
