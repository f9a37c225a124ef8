package tw.museum.iiif.pyramid;

import java.nio.file.Path;

/**
 * A pyramid cut at ingest: level k is the image reduced 2^k times, stored as JPEG tiles of
 * {@code tileSize} (edge tiles smaller) in {@code dir/k/col_row.jpg}; the top level fits in one tile.
 */
public record DerivedPyramid(Path dir, int width, int height, int tileSize, int levels) {

    public int levelWidth(int level) {
        return (int) Math.ceil(width / (double) (1L << level));
    }

    public int levelHeight(int level) {
        return (int) Math.ceil(height / (double) (1L << level));
    }

    public int columns(int level) {
        return (levelWidth(level) + tileSize - 1) / tileSize;
    }

    public int rows(int level) {
        return (levelHeight(level) + tileSize - 1) / tileSize;
    }

    public Path tile(int level, int column, int row) {
        return dir.resolve(Integer.toString(level)).resolve(column + "_" + row + ".jpg");
    }

    /** Number of levels needed so that the top one fits in a single tile. */
    public static int levelsFor(int width, int height, int tileSize) {
        int levels = 1;
        while (Math.ceil(Math.max(width, height) / (double) (1L << (levels - 1))) > tileSize) {
            levels++;
        }
        return levels;
    }
}
