package tw.museum.iiif.pyramid;

import java.util.Optional;
import tw.museum.iiif.image.OperationList;

/** One pre-cut tile; {@link #match} says whether a request is exactly such a tile. */
public record TileAddress(int level, int column, int row) {

    /**
     * The tiles info.json advertises (region on the grid of tileSize x scale factor, size = region / scale factor,
     * no rotation, default/color JPEG) are served as stored bytes, without decoding or encoding.
     */
    public static Optional<TileAddress> match(OperationList ops, DerivedPyramid pyramid) {
        if (!ops.isPlainRightAngleJpeg()) {
            return Optional.empty();
        }
        int cw = ops.crop().width();
        int ch = ops.crop().height();
        for (int level = 0; level < pyramid.levels(); level++) {
            int factor = 1 << level;
            long span = (long) pyramid.tileSize() * factor;
            if (ops.crop().x() % span != 0 || ops.crop().y() % span != 0) {
                continue;
            }
            int column = (int) (ops.crop().x() / span);
            int row = (int) (ops.crop().y() / span);
            if (column >= pyramid.columns(level) || row >= pyramid.rows(level)) {
                continue;
            }
            long expectedW = Math.min(span, pyramid.width() - ops.crop().x());
            long expectedH = Math.min(span, pyramid.height() - ops.crop().y());
            if (cw != expectedW || ch != expectedH) {
                continue;
            }
            int tileW = Math.min(pyramid.tileSize(), pyramid.levelWidth(level) - column * pyramid.tileSize());
            int tileH = Math.min(pyramid.tileSize(), pyramid.levelHeight(level) - row * pyramid.tileSize());
            if (ops.width() == tileW && Math.abs(ops.height() - tileH) <= 1) {
                return Optional.of(new TileAddress(level, column, row));
            }
        }
        return Optional.empty();
    }
}
