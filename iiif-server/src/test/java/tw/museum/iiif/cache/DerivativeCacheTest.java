package tw.museum.iiif.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivativeCacheTest {

    @TempDir
    Path dir;

    @Test
    void evictsLeastRecentlyUsedWhenOverTheLimit() throws Exception {
        DerivativeCache cache = new DerivativeCache(dir, 10_000);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, new byte[900]);
        }
        assertThat(cache.get("k0")).isPresent(); // k0 is now the most recently used
        cache.put("k10", new byte[900]);
        cache.put("k11", new byte[900]);
        assertThat(cache.sizeBytes()).isLessThanOrEqualTo(10_000);
        assertThat(cache.get("k0")).isPresent();
        assertThat(cache.get("k1")).isEmpty();
        assertThat(cache.get("k11")).isPresent();
        try (Stream<Path> files = Files.walk(dir)) {
            long onDisk = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertThat(onDisk).isEqualTo(cache.sizeBytes());
        }
    }

    @Test
    void survivesRestartAndCountsExistingFiles() {
        DerivativeCache first = new DerivativeCache(dir, 100_000);
        first.put("a", new byte[] {1, 2, 3});
        DerivativeCache second = new DerivativeCache(dir, 100_000);
        assertThat(second.sizeBytes()).isEqualTo(3);
        assertThat(second.get("a")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    }

    @Test
    void keysNeverBecomePaths() {
        DerivativeCache cache = new DerivativeCache(dir, 100_000);
        cache.put("../../etc/passwd", new byte[] {1});
        assertThat(dir.resolveSibling("etc")).doesNotExist();
        assertThat(cache.get("../../etc/passwd")).isPresent();
    }
}
