package tw.museum.search;

import java.nio.file.Path;
import tw.museum.search.elastic.ElasticSettings;

/**
 * What the application configures: the backend, the data folder (the Lucene index lives under it) and, for
 * Elasticsearch, the connection settings. The web app binds its properties to this.
 */
public record SearchConfiguration(SearchBackend backend, Path dataFolder, ElasticSettings elastic) {
    public SearchConfiguration {
        backend = backend == null ? SearchBackend.LUCENE : backend;
        if (backend == SearchBackend.LUCENE && dataFolder == null) {
            throw new IllegalArgumentException("the Lucene backend needs a data folder");
        }
        if (backend == SearchBackend.ELASTICSEARCH && elastic == null) {
            throw new IllegalArgumentException("the Elasticsearch backend needs a URL");
        }
    }

    public static SearchConfiguration lucene(Path dataFolder) {
        return new SearchConfiguration(SearchBackend.LUCENE, dataFolder, null);
    }

    public static SearchConfiguration elasticsearch(ElasticSettings settings) {
        return new SearchConfiguration(SearchBackend.ELASTICSEARCH, null, settings);
    }
}
