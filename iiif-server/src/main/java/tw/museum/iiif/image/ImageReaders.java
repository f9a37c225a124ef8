package tw.museum.iiif.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens ImageIO readers on a file, choosing plugins by content, not by the file name. TwelveMonkeys comes
 * first; when it fails on a file (seen with some Deflate-tiled TIFFs written by the JDK), the next plugin for
 * the same format (the JDK's own) gets a try.
 */
public final class ImageReaders {

    private static final Logger log = LoggerFactory.getLogger(ImageReaders.class);

    private ImageReaders() {
    }

    /** Work with one open reader; may be called again with the next plugin if it throws. */
    @FunctionalInterface
    public interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    public static <T> T withFallback(Path path, ReaderWork<T> work) throws IOException {
        Exception first = null;
        for (int candidate = 0; candidate < 4; candidate++) {
            OpenReader open = open(path, candidate);
            if (open == null) {
                break;
            }
            try (open) {
                return work.apply(open.reader());
            } catch (IOException | RuntimeException e) {
                if (e instanceof IiifException ie) {
                    throw ie;
                }
                log.debug("{} failed on {}, trying the next reader", open.reader().getClass().getName(), path, e);
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        throw IiifException.forbidden("source is not a readable image");
    }

    /** The first reader; the caller closes it ({@link OpenReader#close}). */
    public static OpenReader open(Path path) throws IOException {
        OpenReader open = open(path, 0);
        if (open == null) {
            throw IiifException.forbidden("source is not a readable image");
        }
        return open;
    }

    private static OpenReader open(Path path, int candidate) throws IOException {
        ImageInputStream in = new FileImageInputStream(path.toFile());
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        for (int i = 0; i < candidate && readers.hasNext(); i++) {
            readers.next();
        }
        if (!readers.hasNext()) {
            in.close();
            return null;
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
