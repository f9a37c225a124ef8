package tw.museum.catalog.linkcheck;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * Checks URLs over HTTP, at most {@code concurrency} at a time, each within the timeout. HEAD first (no
 * body to fetch); servers that refuse HEAD are asked again with GET, whose body is discarded. Only
 * http(s) links to public addresses are fetched, redirects included ({@link LinkTargets}); no cookies or
 * credentials are ever sent.
 */
@Component
class LinkChecker {

    private static final int MAX_REDIRECTS = 5;

    private final LinkCheckProperties properties;
    private final Clock clock;

    LinkChecker(LinkCheckProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    List<LinkResult> check(Map<String, List<String>> sourcesByUrl) {
        Duration timeout = properties.timeout();
        ExecutorService pool = Executors.newFixedThreadPool(properties.concurrency());
        try (CloseableHttpClient client = client(timeout)) {
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
        } catch (IOException e) {
            throw new IllegalStateException("Link check client could not be closed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private CloseableHttpClient client(Duration timeout) {
        Timeout t = Timeout.of(timeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new LinkTargets(properties.allowedNetworks()))
                        .setMaxConnTotal(properties.concurrency())
                        .setMaxConnPerRoute(properties.concurrency())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).setConnectionRequestTimeout(t)
                        .setRedirectsEnabled(true).setMaxRedirects(MAX_REDIRECTS).build())
                .setUserAgent("museum-link-check/1.0")
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .build();
    }

    private LinkResult check(CloseableHttpClient client, String url, List<String> sources, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getRawUserInfo() != null) {
                return result(url, null, "not a web address", sources);
            }
        } catch (IllegalArgumentException e) {
            return result(url, null, "not a web address", sources);
        }
        try {
            int status = send(client, ClassicRequestBuilder.head(uri).build());
            if (status == 405 || status == 501 || status == 403) {
                status = send(client, ClassicRequestBuilder.get(uri).build());
            }
            return result(url, status, status < 400 ? null : "HTTP " + status, sources);
        } catch (LinkTargets.RefusedAddressException e) {
            return result(url, null, LinkTargets.REFUSED + " (" + e.getMessage() + ")", sources);
        } catch (ConnectTimeoutException e) {
            return result(url, null, "connection timed out", sources);
        } catch (SocketTimeoutException e) {
            return result(url, null, "no answer within " + timeout.toMillis() + " ms", sources);
        } catch (IOException | RuntimeException e) {
            return result(url, null, abbreviate(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), sources);
        }
    }

    private static int send(CloseableHttpClient client, ClassicHttpRequest request) throws IOException {
        // the entity, if any, is consumed and released by the handler's caller
        return client.execute(request, response -> response.getCode());
    }

    private LinkResult result(String url, Integer status, String problem, List<String> sources) {
        return new LinkResult(url, problem == null, status, problem, List.copyOf(sources), clock.instant());
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
