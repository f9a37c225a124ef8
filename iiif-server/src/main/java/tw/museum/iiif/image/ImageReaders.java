package tw.museum.iiif.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/** Opens an ImageIO reader on a file, choosing the plugin by content, not by the file name. */
public final class ImageReaders {
    private ImageReaders() {
    }

    /** The caller closes the reader's input and disposes the reader ({@link OpenReader#close}). */
    public static OpenReader open(Path path) throws IOException {
        ImageInputStream in = new FileImageInputStream(path.toFile());
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw IiifException.forbidden("source is not a readable image");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, true);
        return new OpenReader(reader, in);
    }

    public record OpenReader(ImageReader reader, ImageInputStream input) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            reader.dispose();
            input.close();
        }
    }
}
