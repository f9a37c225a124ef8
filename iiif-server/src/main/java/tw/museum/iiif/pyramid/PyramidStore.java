package tw.museum.iiif.pyramid;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Where derived pyramids live: {@code <root>/<identifier>/<source last-modified millis>/}. A pyramid counts
 * only once its {@code pyramid.properties} exists; it is written last, after an atomic directory rename.
 */
public class PyramidStore {

    static final String META = "pyramid.properties";

    private final Path root;
    private final Cache<String, DerivedPyramid> ready = Caffeine.newBuilder().maximumSize(10_000).build();

    public PyramidStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directoryFor(ResolvedSource source) {
        return root.resolve(source.identifier().value()).resolve(Long.toString(source.lastModified().toEpochMilli()));
    }

    public Optional<DerivedPyramid> find(ResolvedSource source) {
        String key = source.fingerprint();
        DerivedPyramid cached = ready.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Path dir = directoryFor(source);
        Path meta = dir.resolve(META);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        DerivedPyramid pyramid = new DerivedPyramid(dir, Integer.parseInt(p.getProperty("width")),
                Integer.parseInt(p.getProperty("height")), Integer.parseInt(p.getProperty("tileSize")),
                Integer.parseInt(p.getProperty("levels")));
        ready.put(key, pyramid);
        return Optional.of(pyramid);
    }

    /** A replaced original leaves the pyramid of its previous version behind; it is removed once the new one exists. */
    public void deleteOtherVersions(ResolvedSource source) {
        Path current = directoryFor(source);
        try (java.util.stream.Stream<Path> versions = Files.list(current.getParent())) {
            for (Path version : versions.toList()) {
                if (!version.equals(current) && !version.getFileName().toString().contains(".tmp-")) {
                    PyramidDeriver.deleteTree(version);
                }
            }
        } catch (IOException e) {
            // stale versions only cost disk space; they are never served (the cache key holds the version)
        }
    }

    static void writeMeta(DerivedPyramid pyramid) throws IOException {
        Properties p = new Properties();
        p.setProperty("width", Integer.toString(pyramid.width()));
        p.setProperty("height", Integer.toString(pyramid.height()));
        p.setProperty("tileSize", Integer.toString(pyramid.tileSize()));
        p.setProperty("levels", Integer.toString(pyramid.levels()));
        Path tmp = pyramid.dir().resolve(META + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "derived pyramid");
        }
        Files.move(tmp, pyramid.dir().resolve(META), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
