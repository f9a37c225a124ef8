package tw.museum.search.elastic;

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Test only: lets elasticsearch-java talk to OpenSearch, the real search server that runs here without
 * Docker. The client sends "application/vnd.elasticsearch+json; compatible-with=9", which OpenSearch
 * refuses (406), and insists on the X-Elastic-Product response header, which OpenSearch does not send.
 * Production talks to Elasticsearch and never uses this.
 */
public final class OpenSearchCompatibilityShim implements ElasticHttpCustomizer {
    @Override
    public void accept(HttpAsyncClientBuilder builder) {
        builder.addRequestInterceptorLast((request, entity, context) -> {
            if (entity != null || request.containsHeader(HttpHeaders.CONTENT_TYPE)) {
                String path = request.getPath() == null ? "" : request.getPath();
                request.setHeader(HttpHeaders.CONTENT_TYPE, path.contains("_bulk") ? "application/x-ndjson" : "application/json");
            }
            request.setHeader(HttpHeaders.ACCEPT, "application/json");
        });
        builder.addResponseInterceptorFirst((response, entity, context) -> {
            if (!response.containsHeader("X-Elastic-Product")) {
                response.addHeader("X-Elastic-Product", "Elasticsearch");
            }
        });
    }
}
