package tw.museum.search;

import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.elastic.ElasticClients;
import tw.museum.search.elastic.ElasticSearchIndex;
import tw.museum.search.lucene.LuceneSearchIndex;
import tw.museum.search.lucene.LuceneSettings;

/** Opens the configured backend; the rest of the system sees only {@link SearchIndex}. */
public final class SearchIndexFactory {
    private final SearchComponents components;

    public SearchIndexFactory(SearchComponents components) {
        this.components = components;
    }

    public SearchIndex open(SearchConfiguration configuration) {
        return open(configuration, null);
    }

    /** The customizer adjusts the Elasticsearch HTTP client (proxies, TLS); ignored for Lucene. */
    public SearchIndex open(SearchConfiguration configuration, Consumer<HttpAsyncClientBuilder> httpCustomizer) {
        return switch (configuration.backend()) {
            case LUCENE -> new LuceneSearchIndex(LuceneSettings.under(configuration.dataFolder()), components);
            case ELASTICSEARCH -> new ElasticSearchIndex(ElasticClients.create(configuration.elastic(), httpCustomizer),
                    configuration.elastic(), components);
        };
    }
}
