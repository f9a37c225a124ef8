package tw.museum.search.elastic;

import java.net.URI;

/**
 * Connection to an Elasticsearch cluster: URL, optional credentials (basic or API key), and the prefix of
 * every index and alias this installation owns, so several installations can share one cluster.
 */
public record ElasticSettings(URI url, String username, String password, String apiKey, String indexPrefix) {
    public ElasticSettings {
        if (url == null) {
            throw new IllegalArgumentException("url is required");
        }
        indexPrefix = indexPrefix == null ? "museum-" : indexPrefix;
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_\\-.]*")) {
            throw new IllegalArgumentException("indexPrefix must be lower case letters, digits, '-', '_' or '.': " + indexPrefix);
        }
    }

    /** Searches and writes go through this alias; it points at exactly one physical index. */
    public String alias() {
        return indexPrefix + "objects";
    }

    String physicalIndexPrefix() {
        return indexPrefix + "objects-";
    }
}
