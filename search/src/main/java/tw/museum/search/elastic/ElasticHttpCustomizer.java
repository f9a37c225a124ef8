package tw.museum.search.elastic;

import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;

/**
 * Adjusts the HTTP client of the Elasticsearch backend (a proxy, a private certificate authority). The
 * application applies the one such bean, if any, when it opens the index.
 */
@FunctionalInterface
public interface ElasticHttpCustomizer extends Consumer<HttpAsyncClientBuilder> {
}
