package tw.museum.search.elastic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tw.museum.search.TestComponents;

/**
 * Which real server the Elasticsearch-backend tests use: -Dsearch.it.url=http://host:9200 if given (any
 * running Elasticsearch, or OpenSearch), else the OpenSearch node this build starts. Every index it creates
 * has a unique prefix and is dropped afterwards.
 */
public final class ElasticTestTarget {
    private final URI url;
    private final boolean openSearch;
    private final List<ElasticSearchIndex> created = new ArrayList<>();

    private ElasticTestTarget(URI url, boolean openSearch) {
        this.url = url;
        this.openSearch = openSearch;
    }

    public static ElasticTestTarget fromSystemProperties() {
        String configured = System.getProperty("search.it.url", "").strip();
        if (!configured.isEmpty() && !configured.startsWith("${")) {
            URI url = URI.create(configured);
            return new ElasticTestTarget(url, isOpenSearch(url));
        }
        return new ElasticTestTarget(OpenSearchProcess.shared().url(), true);
    }

    static ElasticTestTarget of(URI url) {
        return new ElasticTestTarget(url, isOpenSearch(url));
    }

    public URI url() {
        return url;
    }

    /** What a client of this server needs: the compatibility shim for OpenSearch, nothing for Elasticsearch. */
    public ElasticHttpCustomizer httpCustomizer() {
        return openSearch ? new OpenSearchCompatibilityShim() : null;
    }

    public synchronized ElasticSearchIndex createIndex(String name) {
        String prefix = ("it-" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "-").toLowerCase(Locale.ROOT);
        ElasticSettings settings = new ElasticSettings(url, null, null, null, prefix);
        ElasticSearchIndex index = new ElasticSearchIndex(ElasticClients.create(settings, httpCustomizer()), settings, TestComponents.shared());
        created.add(index);
        return index;
    }

    public synchronized void dropAll() {
        created.forEach(index -> {
            try {
                index.dropAll();
            } catch (RuntimeException alreadyClosed) {
                // Best effort: the server is temporary or the prefix unique.
            }
        });
        created.clear();
    }

    /** OpenSearch needs the test-only shim; a real Elasticsearch does not. */
    private static boolean isOpenSearch(URI url) {
        try {
            HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return root.body().contains("opensearch");
        } catch (IOException e) {
            throw new IllegalStateException("search server " + url + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
