package tw.museum.iiif.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Rendered derivatives on disk, bounded in total size: when a put crosses the limit, the least recently
 * used files are deleted down to 90% of it. Keys are hashed into file names, so no key can form a path.
 */
public class DerivativeCache {

    private final Path dir;
    private final long maxBytes;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong totalBytes = new AtomicLong();
    private final AtomicLong clock = new AtomicLong();

    private static final class Entry {
        final long size;
        volatile long lastUse;

        Entry(long size, long lastUse) {
            this.size = size;
            this.lastUse = lastUse;
        }
    }

    public DerivativeCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(dir);
            loadExisting();
        } catch (IOException e) {
            throw new UncheckedIOException("derivative cache not usable: " + dir, e);
        }
    }

    /** Files left by an earlier run count against the limit, oldest first. */
    private void loadExisting() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> byAge = new ArrayList<>(files);
        byAge.sort(Comparator.comparingLong(DerivativeCache::modifiedMillis));
        for (Path file : byAge) {
            String name = file.getFileName().toString();
            if (name.endsWith(".tmp")) {
                Files.deleteIfExists(file);
                continue;
            }
            long size = Files.size(file);
            entries.put(name, new Entry(size, clock.incrementAndGet()));
            totalBytes.addAndGet(size);
        }
        evictIfNeeded();
    }

    private static long modifiedMillis(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    public Optional<byte[]> get(String key) {
        String name = fileName(key);
        Entry entry = entries.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(pathOf(name));
            entry.lastUse = clock.incrementAndGet();
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            forget(name);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void put(String key, byte[] bytes) {
        if (bytes.length > maxBytes / 10) {
            return; // one derivative may not flush a tenth of the cache
        }
        String name = fileName(key);
        Path target = pathOf(name);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), name, ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry previous = entries.put(name, new Entry(bytes.length, clock.incrementAndGet()));
        totalBytes.addAndGet(bytes.length - (previous == null ? 0 : previous.size));
        evictIfNeeded();
    }

    public long sizeBytes() {
        return totalBytes.get();
    }

    public long maxBytes() {
        return maxBytes;
    }

    private void evictIfNeeded() {
        if (totalBytes.get() <= maxBytes) {
            return;
        }
        synchronized (this) {
            if (totalBytes.get() <= maxBytes) {
                return;
            }
            long target = maxBytes * 9 / 10;
            List<Map.Entry<String, Entry>> byUse = new ArrayList<>(entries.entrySet());
            byUse.sort(Comparator.comparingLong(e -> e.getValue().lastUse));
            for (Map.Entry<String, Entry> e : byUse) {
                if (totalBytes.get() <= target) {
                    break;
                }
                try {
                    Files.deleteIfExists(pathOf(e.getKey()));
                } catch (IOException ignored) {
                    // a file we cannot delete now is retried at the next eviction
                    continue;
                }
                forget(e.getKey());
            }
        }
    }

    private void forget(String name) {
        Entry removed = entries.remove(name);
        if (removed != null) {
            totalBytes.addAndGet(-removed.size);
        }
    }

    private Path pathOf(String name) {
        return dir.resolve(name.substring(0, 2)).resolve(name);
    }

    private static String fileName(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
