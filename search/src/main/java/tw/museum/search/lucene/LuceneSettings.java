package tw.museum.search.lucene;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the embedded index lives (a folder under the data folder) and how stale a search may be before it
 * picks up recent writes by itself.
 */
public record LuceneSettings(Path indexRoot, Duration maxStaleness) {
    public LuceneSettings {
        if (indexRoot == null) {
            throw new IllegalArgumentException("indexRoot is required");
        }
        maxStaleness = maxStaleness == null ? Duration.ofSeconds(1) : maxStaleness;
    }

    public static LuceneSettings under(Path dataFolder) {
        return new LuceneSettings(dataFolder.resolve("search-index"), Duration.ofSeconds(1));
    }
}
