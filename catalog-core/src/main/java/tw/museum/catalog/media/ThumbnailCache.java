package tw.museum.catalog.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
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

    /**
     * Decodes only every n-th pixel of a large original (ImageIO source subsampling), so a 100-megapixel
     * upload needs a few megabytes to become a thumbnail, not gigabytes.
     */
    private static BufferedImage readReduced(Path original, int box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("Not a readable image: " + original.getFileName());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longSide / (box * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
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
            BufferedImage reduced = readReduced(original, box);
            try (OutputStream out = Files.newOutputStream(temp)) {
                Thumbnails.of(reduced).size(box, box).outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
