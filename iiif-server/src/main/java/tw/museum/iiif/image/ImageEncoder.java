package tw.museum.iiif.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Baseline JPEG (progressive costs twice the CPU for no gain in tiles), PNG, lossy WebP (libwebp through
 * com.github.usefulness:webp-imageio) and Deflate-compressed TIFF (ImageIO's TIFF writer).
 */
public final class ImageEncoder {

    public static final float JPEG_QUALITY = 0.85f;
    /** libwebp's quality scale; 0.8 gives files about a third smaller than JPEG q0.85 at similar quality. */
    static final float WEBP_QUALITY = 0.8f;

    private ImageEncoder() {
    }

    public static byte[] encode(BufferedImage image, OutputFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case JPG -> write(writer("jpeg"), withoutBitonal(image), bytes,
                        param -> explicit(param, null, JPEG_QUALITY));
                case PNG -> write(writer("png"), image, bytes, param -> { });
                case WEBP -> write(writer("webp"), withoutBitonal(image), bytes,
                        param -> explicit(param, "Lossy", WEBP_QUALITY));
                case TIF -> write(writer("tiff"), image, bytes, param -> explicit(param, "Deflate", null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private interface ParamSetup {
        void apply(ImageWriteParam param);
    }

    private static ImageWriter writer(String formatName) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + formatName);
        }
        return writers.next();
    }

    private static void write(ImageWriter writer, BufferedImage image, ByteArrayOutputStream bytes, ParamSetup setup)
            throws IOException {
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            setup.apply(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static void explicit(ImageWriteParam param, String type, Float quality) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        if (type != null) {
            String chosen = Arrays.stream(param.getCompressionTypes()).filter(type::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new IllegalStateException("writer lacks compression " + type));
            param.setCompressionType(chosen);
        }
        if (quality != null) {
            param.setCompressionQuality(quality);
        }
    }

    /** JPEG and WebP have no 1-bit mode: bitonal output travels as 8-bit gray holding only black and white. */
    private static BufferedImage withoutBitonal(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_BINARY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.createGraphics().drawImage(image, 0, 0, null);
        return gray;
    }
}
