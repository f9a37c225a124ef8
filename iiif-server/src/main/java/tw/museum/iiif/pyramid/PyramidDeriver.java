package tw.museum.iiif.pyramid;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import javax.imageio.ImageReadParam;
import tw.museum.iiif.image.ImageEncoder;
import tw.museum.iiif.image.ImageReaders;
import tw.museum.iiif.image.ImageTransforms;
import tw.museum.iiif.image.OutputFormat;
import tw.museum.iiif.image.SourceInfo;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Cuts a pyramid of JPEG tiles from an original with bounded memory. Level 0 is read in horizontal bands
 * (as tall as a memory budget allows, a multiple of the tile size) and each band is cut and encoded on all
 * workers; level k+1 is made from the 2x2 tiles of level k, again in parallel. No step holds the whole image.
 */
public class PyramidDeriver {

    private final int tileSize;
    private final ExecutorService workers;
    private final long bandBudgetBytes;

    public PyramidDeriver(int tileSize, ExecutorService workers, long bandBudgetBytes) {
        this.tileSize = tileSize;
        this.workers = workers;
        this.bandBudgetBytes = bandBudgetBytes;
    }

    public DerivedPyramid derive(ResolvedSource source, SourceInfo info, Path targetDir) {
        Path tmp = targetDir.resolveSibling(targetDir.getFileName() + ".tmp-" + System.nanoTime());
        try {
            int levels = DerivedPyramid.levelsFor(info.width(), info.height(), tileSize);
            DerivedPyramid building = new DerivedPyramid(tmp, info.width(), info.height(), tileSize, levels);
            for (int level = 0; level < levels; level++) {
                Files.createDirectories(tmp.resolve(Integer.toString(level)));
            }
            cutLevelZero(source.path(), info, building);
            for (int level = 1; level < levels; level++) {
                reduceLevel(building, level);
            }
            if (Files.exists(targetDir)) {
                deleteTree(tmp); // someone else finished first
            } else {
                Files.move(tmp, targetDir, StandardCopyOption.ATOMIC_MOVE);
            }
            DerivedPyramid done = new DerivedPyramid(targetDir, info.width(), info.height(), tileSize, levels);
            if (!Files.exists(targetDir.resolve(PyramidStore.META))) {
                PyramidStore.writeMeta(done);
            }
            return done;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    int bandHeight(int width) {
        long rows = bandBudgetBytes / 2 / (4L * width); // two bands may be alive at once
        return (int) Math.max(tileSize, rows / tileSize * tileSize);
    }

    /** The next band is decoded while the workers still encode the previous one: at most two bands in memory. */
    private void cutLevelZero(Path path, SourceInfo info, DerivedPyramid pyramid) throws IOException {
        int band = bandHeight(info.width());
        ImageReaders.withFallback(path, reader -> {
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            for (int y = 0; y < info.height(); y += band) {
                int h = Math.min(band, info.height() - y);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle(0, y, info.width(), h));
                BufferedImage strip = reader.read(0, param);
                previous.join();
                previous = cutBand(strip, y, info.width(), pyramid);
            }
            previous.join();
            return null;
        });
    }

    /** Cuts one band of level 0 into tiles, encoded on all workers. */
    private CompletableFuture<Void> cutBand(BufferedImage strip, int y, int width, DerivedPyramid pyramid) {
        int h = strip.getHeight();
        int firstRow = y / tileSize;
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (int ty = 0; ty < h; ty += tileSize) {
            for (int tx = 0; tx < width; tx += tileSize) {
                int column = tx / tileSize;
                int row = firstRow + ty / tileSize;
                BufferedImage sub = strip.getSubimage(tx, ty, Math.min(tileSize, width - tx), Math.min(tileSize, h - ty));
                jobs.add(CompletableFuture.runAsync(() -> writeTile(pyramid.tile(0, column, row),
                        ImageTransforms.scaleKeepingGray(sub, sub.getWidth(), sub.getHeight())), workers));
            }
        }
        return CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new));
    }

    private void reduceLevel(DerivedPyramid pyramid, int level) {
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (int row = 0; row < pyramid.rows(level); row++) {
            for (int column = 0; column < pyramid.columns(level); column++) {
                int c = column;
                int r = row;
                jobs.add(CompletableFuture.runAsync(() -> reduceTile(pyramid, level, c, r), workers));
            }
        }
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).join();
    }

    private void reduceTile(DerivedPyramid pyramid, int level, int column, int row) {
        int below = level - 1;
        int w = Math.min(tileSize * 2, pyramid.levelWidth(below) - column * 2 * tileSize);
        int h = Math.min(tileSize * 2, pyramid.levelHeight(below) - row * 2 * tileSize);
        BufferedImage first = PyramidTileReader.decode(pyramid.tile(below, column * 2, row * 2));
        BufferedImage quad = new BufferedImage(w, h,
                ImageTransforms.isGray(first) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        var g = quad.createGraphics();
        try {
            for (int dy = 0; dy < 2; dy++) {
                for (int dx = 0; dx < 2; dx++) {
                    int c = column * 2 + dx;
                    int r = row * 2 + dy;
                    if (c < pyramid.columns(below) && r < pyramid.rows(below)) {
                        BufferedImage part = dx == 0 && dy == 0 ? first : PyramidTileReader.decode(pyramid.tile(below, c, r));
                        g.drawImage(part, dx * tileSize, dy * tileSize, null);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        int tw = Math.min(tileSize, pyramid.levelWidth(level) - column * tileSize);
        int th = Math.min(tileSize, pyramid.levelHeight(level) - row * tileSize);
        writeTile(pyramid.tile(level, column, row), ImageTransforms.scaleKeepingGray(quad, tw, th));
    }

    private static void writeTile(Path file, BufferedImage tile) {
        try {
            Files.write(file, ImageEncoder.encode(tile, OutputFormat.JPG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // leftover temp directories are harmless and never read
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
