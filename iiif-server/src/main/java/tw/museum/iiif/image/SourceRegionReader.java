package tw.museum.iiif.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageReadParam;
import org.springframework.stereotype.Component;

/**
 * Decodes only what a request needs from an original: the smallest pyramid level of a TIFF that still has
 * enough pixels, only the region's tiles/strips/rows, and with subsampling so the decoded raster is at most
 * about twice the output size. That keeps memory bounded by the output, not by the original.
 */
@Component
public class SourceRegionReader {

    public BufferedImage read(Path path, SourceInfo info, PixelRegion crop, int targetWidth, int targetHeight) {
        SourceInfo.Level level = chooseLevel(info, crop, targetWidth, targetHeight);
        double fx = (double) level.width() / info.width();
        double fy = (double) level.height() / info.height();
        int x = (int) Math.floor(crop.x() * fx);
        int y = (int) Math.floor(crop.y() * fy);
        int w = Math.max(1, Math.min(level.width() - x, (int) Math.ceil((crop.x() + crop.width()) * fx) - x));
        int h = Math.max(1, Math.min(level.height() - y, (int) Math.ceil((crop.y() + crop.height()) * fy) - y));
        int subsampling = Math.max(1, Math.min(w / targetWidth, h / targetHeight));
        try {
            return ImageReaders.withFallback(path, reader -> {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle(x, y, w, h));
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(level.imageIndex(), param);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceInfo.Level chooseLevel(SourceInfo info, PixelRegion crop, int targetWidth, int targetHeight) {
        SourceInfo.Level best = info.levels().get(0);
        for (SourceInfo.Level level : info.levels()) {
            double f = (double) level.width() / info.width();
            if (crop.width() * f >= targetWidth && crop.height() * f >= targetHeight) {
                best = level;
            }
        }
        return best;
    }
}
