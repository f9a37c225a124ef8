package tw.museum.iiif.pyramid;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;
import tw.museum.iiif.image.ImageTransforms;
import tw.museum.iiif.image.PixelRegion;

/**
 * Assembles an arbitrary region from the smallest pyramid level that still covers the output size (so the
 * decoded area is at most about twice the output in each direction), decoding only the tiles that intersect
 * the region, never the original. Decoded tiles are kept in a byte-bounded cache (an eighth of the heap by
 * default): viewers and region requests come back to the same tiles, and decoding is most of the cost of a
 * region (ImageIO decodes a 512-px tile in about 2.3 ms).
 */
@Component
public class PyramidTileReader {

    private final Cache<String, BufferedImage> decoded;

    public PyramidTileReader(IiifProperties properties) {
        this.decoded = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, properties.effectiveDecodedTileCacheBytes()))
                .weigher((String key, BufferedImage tile) -> tile.getWidth() * tile.getHeight()
                        * tile.getColorModel().getNumComponents())
                .build();
    }

    public BufferedImage read(DerivedPyramid pyramid, PixelRegion crop, int targetWidth, int targetHeight) {
        int level = chooseLevel(pyramid, crop, targetWidth, targetHeight);
        int f = 1 << level;
        int x0 = crop.x() / f;
        int y0 = crop.y() / f;
        int x1 = Math.min(pyramid.levelWidth(level), (int) Math.ceil((crop.x() + (double) crop.width()) / f));
        int y1 = Math.min(pyramid.levelHeight(level), (int) Math.ceil((crop.y() + (double) crop.height()) / f));
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        BufferedImage out = null;
        int ts = pyramid.tileSize();
        for (int row = y0 / ts; row <= (y0 + h - 1) / ts; row++) {
            for (int col = x0 / ts; col <= (x0 + w - 1) / ts; col++) {
                BufferedImage tile = tile(pyramid.tile(level, col, row));
                if (out == null) {
                    // Gray pyramids stay gray: a third of the bytes to copy, scale and encode.
                    out = new BufferedImage(w, h, tile.getType() == BufferedImage.TYPE_BYTE_GRAY
                            ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
                }
                copy(tile, out, col * ts - x0, row * ts - y0);
            }
        }
        return out;
    }

    /** Copies the part of a tile that falls inside {@code out} at offset (dx, dy), row by row. */
    private static void copy(BufferedImage tile, BufferedImage out, int dx, int dy) {
        int sx = Math.max(0, -dx);
        int sy = Math.max(0, -dy);
        int tx = Math.max(0, dx);
        int ty = Math.max(0, dy);
        int cw = Math.min(tile.getWidth() - sx, out.getWidth() - tx);
        int ch = Math.min(tile.getHeight() - sy, out.getHeight() - ty);
        if (cw <= 0 || ch <= 0) {
            return;
        }
        if (tile.getType() == out.getType() && ImageTransforms.plainBytes(tile) && ImageTransforms.plainBytes(out)) {
            int bands = tile.getRaster().getNumBands();
            byte[] from = ((DataBufferByte) tile.getRaster().getDataBuffer()).getData();
            byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            int fromStride = tile.getWidth() * bands;
            int toStride = out.getWidth() * bands;
            for (int y = 0; y < ch; y++) {
                System.arraycopy(from, (sy + y) * fromStride + sx * bands, to, (ty + y) * toStride + tx * bands,
                        cw * bands);
            }
        } else {
            var g = out.createGraphics();
            try {
                g.drawImage(tile.getSubimage(sx, sy, cw, ch), tx, ty, null);
            } finally {
                g.dispose();
            }
        }
    }

    private BufferedImage tile(Path file) {
        return decoded.get(file.toString(), k -> decode(file));
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
