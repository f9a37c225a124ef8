package tw.museum.iiif.pyramid;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import tw.museum.iiif.image.PixelRegion;

/**
 * Assembles an arbitrary region from the level of a derived pyramid closest above the output size,
 * decoding only the tiles that intersect it.
 */
@Component
public class PyramidTileReader {

    public BufferedImage read(DerivedPyramid pyramid, PixelRegion crop, int targetWidth, int targetHeight) {
        int level = chooseLevel(pyramid, crop, targetWidth, targetHeight);
        int f = 1 << level;
        int x0 = crop.x() / f;
        int y0 = crop.y() / f;
        int x1 = Math.min(pyramid.levelWidth(level), (int) Math.ceil((crop.x() + (double) crop.width()) / f));
        int y1 = Math.min(pyramid.levelHeight(level), (int) Math.ceil((crop.y() + (double) crop.height()) / f));
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            int ts = pyramid.tileSize();
            for (int row = y0 / ts; row <= (y0 + h - 1) / ts; row++) {
                for (int col = x0 / ts; col <= (x0 + w - 1) / ts; col++) {
                    BufferedImage tile = decode(pyramid.tile(level, col, row));
                    g.drawImage(tile, col * ts - x0, row * ts - y0, null);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    static int chooseLevel(DerivedPyramid pyramid, PixelRegion crop, int targetWidth, int targetHeight) {
        int level = 0;
        while (level + 1 < pyramid.levels()
                && crop.width() / (double) (1 << (level + 1)) >= targetWidth
                && crop.height() / (double) (1 << (level + 1)) >= targetHeight) {
            level++;
        }
        return level;
    }

    static BufferedImage decode(Path tile) {
        try {
            BufferedImage image = ImageIO.read(tile.toFile());
            if (image == null) {
                throw new IOException("unreadable tile " + tile);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
