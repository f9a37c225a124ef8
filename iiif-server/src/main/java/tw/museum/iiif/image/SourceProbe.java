package tw.museum.iiif.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;

/**
 * Reads dimensions (and the levels of a pyramidal TIFF) from headers only, and refuses originals above
 * {@code maxSourcePixels} before anything decodes them. Results are cached per file version.
 */
@Component
public class SourceProbe {

    private final long maxSourcePixels;
    private final Cache<String, SourceInfo> cache = Caffeine.newBuilder().maximumSize(10_000).build();

    public SourceProbe(IiifProperties properties) {
        this.maxSourcePixels = properties.maxSourcePixels();
    }

    public SourceInfo probe(Path path, long lastModifiedMillis) {
        SourceInfo info = cache.get(path + "@" + lastModifiedMillis, k -> read(path));
        if (info.pixels() > maxSourcePixels) {
            throw new SourceTooLargeException(info.pixels(), maxSourcePixels);
        }
        return info;
    }

    private static SourceInfo read(Path path) {
        try (ImageReaders.OpenReader open = ImageReaders.open(path)) {
            ImageReader reader = open.reader();
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            List<SourceInfo.Level> levels = new ArrayList<>();
            levels.add(new SourceInfo.Level(0, w, h));
            if (reader.getFormatName().toLowerCase().contains("tif")) {
                collectTiffLevels(reader, w, h, levels);
            }
            return new SourceInfo(w, h, reader.getFormatName(), List.copyOf(levels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Later TIFF pages that are (about) half the previous level form a pyramid; others are ignored. */
    private static void collectTiffLevels(ImageReader reader, int w, int h, List<SourceInfo.Level> levels)
            throws IOException {
        int pages = Math.min(reader.getNumImages(true), 32);
        for (int i = 1; i < pages; i++) {
            int pw = reader.getWidth(i);
            int ph = reader.getHeight(i);
            SourceInfo.Level last = levels.get(levels.size() - 1);
            double ratio = (double) w / pw;
            boolean sameAspect = Math.abs((double) h / ph - ratio) <= ratio * 0.02 + 1;
            if (pw < last.width() && sameAspect) {
                levels.add(new SourceInfo.Level(i, pw, ph));
            }
        }
    }
}
