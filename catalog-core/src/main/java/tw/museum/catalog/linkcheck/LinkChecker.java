package tw.museum.catalog.linkcheck;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * Checks URLs over HTTP, at most {@code concurrency} at a time, each within the timeout. HEAD first (no
 * body to fetch); servers that refuse HEAD are asked again with GET, whose body is discarded.
 */
@Component
class LinkChecker {


    private final LinkCheckProperties properties;
    private final Clock clock;

    LinkChecker(LinkCheckProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    List<LinkResult> check(Map<String, List<String>> sourcesByUrl) {
        Duration timeout = properties.timeout();
        ExecutorService pool = Executors.newFixedThreadPool(properties.concurrency());
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            List<Future<LinkResult>> pending = new ArrayList<>();
            sourcesByUrl.forEach((url, sources) -> pending.add(pool.submit(() -> check(client, url, sources, timeout))));
            List<LinkResult> results = new ArrayList<>();
            for (Future<LinkResult> f : pending) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Link check interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private LinkResult check(HttpClient client, String url, List<String> sources, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url.strip());
            if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                return result(url, null, "not a web address", sources);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return result(url, null, "not a web address", sources);
        }
        try {
            int status = send(client, uri, "HEAD", timeout);
            if (status == 405 || status == 501 || status == 403) {
                status = send(client, uri, "GET", timeout);
            }
            return result(url, status, status < 400 ? null : "HTTP " + status, sources);
        } catch (HttpConnectTimeoutException e) {
            return result(url, null, "connection timed out", sources);
        } catch (HttpTimeoutException e) {
            return result(url, null, "no answer within " + timeout.toMillis() + " ms", sources);
        } catch (IOException e) {
            return result(url, null, abbreviate(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), sources);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(url, null, "interrupted", sources);
        }
    }

    private static int send(HttpClient client, URI uri, String method, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "museum-link-check/1.0")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private LinkResult result(String url, Integer status, String problem, List<String> sources) {
        return new LinkResult(url, problem == null, status, problem, List.copyOf(sources), clock.instant());
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
