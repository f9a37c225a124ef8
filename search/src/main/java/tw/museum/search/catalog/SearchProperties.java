package tw.museum.search.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.museum.search.SearchBackend;

/**
 * Settings under {@code museum.search.*}: which backend, where the embedded index lives, how to reach
 * Elasticsearch, and how often the change feed is read (changes are also indexed right after each commit).
 */
@ConfigurationProperties("museum.search")
public record SearchProperties(
        @DefaultValue("LUCENE") SearchBackend backend,
        @DefaultValue("./data/search") Path dir,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("true") boolean indexOnCommit,
        @DefaultValue("false") boolean rebuildOnStart,
        @DefaultValue Elastic elastic) {

    /** Connection to Elasticsearch; {@code indexPrefix} lets several installations share one cluster. */
    public record Elastic(URI url, String username, String password, String apiKey,
                          @DefaultValue("museum-") String indexPrefix) {
    }
}
