package tw.museum.site.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Images for documents, as data URIs: the renderer then fetches nothing. Photos are scaled down to what
 * a printed page shows (at most {@value #MAX_EDGE} pixels on the longer side) so a report of many
 * full-size originals stays a few megabytes.
 */
@Component
public class DocumentImages {

    static final int MAX_EDGE = 1200;

    /** An image file as a JPEG data URI, scaled to print size; null when it is not a readable image. */
    public String photo(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(image).size(Math.min(MAX_EDGE, image.getWidth()), Math.min(MAX_EDGE, image.getHeight()))
                    .keepAspectRatio(true).outputFormat("jpg").outputQuality(0.85).toOutputStream(out);
            return dataUri(out.toByteArray(), "image/jpeg");
        } catch (IOException e) {
            return null;
        }
    }

    public static String dataUri(byte[] bytes, String mediaType) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
