package tw.museum.search.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Builds the elasticsearch-java client for the settings. The customizer hook lets a caller adjust the HTTP
 * client (the tests use it for the OpenSearch compatibility shim; Boot has Rest5ClientBuilderCustomizer).
 */
public final class ElasticClients {
    private ElasticClients() {
    }

    public static ElasticsearchClient create(ElasticSettings settings, Consumer<HttpAsyncClientBuilder> httpCustomizer) {
        List<Header> headers = new ArrayList<>();
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            headers.add(new BasicHeader("Authorization", "ApiKey " + settings.apiKey()));
        } else if (settings.username() != null && !settings.username().isBlank()) {
            String pair = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            headers.add(new BasicHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        Rest5ClientBuilder builder = Rest5Client.builder(settings.url()).setDefaultHeaders(headers.toArray(Header[]::new));
        if (httpCustomizer != null) {
            builder.setHttpClientConfigCallback(httpCustomizer);
        }
        return new ElasticsearchClient(new Rest5ClientTransport(builder.build(), new JacksonJsonpMapper()));
    }
}
