package tw.museum.catalog.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * Reads an image's size from its header only. Corrupt files and images over the pixel limit
 * (decompression bombs) are refused here, before any pixel is decoded.
 */
@Component
public class ImageHeaderReader {

    private final long maxPixels;

    public ImageHeaderReader(MediaProperties properties) {
        this.maxPixels = properties.maxImagePixels();
    }

    public ImageHeader read(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw corrupt();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw corrupt();
                }
                if ((long) width * height > maxPixels) {
                    throw new InvalidRecordException(FieldProblem.of("file", "too-many-pixels", width, height, maxPixels));
                }
                return new ImageHeader(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRecordException invalid) {
                throw invalid;
            }
            throw corrupt();
        }
    }

    private static InvalidRecordException corrupt() {
        return new InvalidRecordException(FieldProblem.of("file", "corrupt-image"));
    }
}
