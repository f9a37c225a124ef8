package tw.museum.catalog.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link checker as an attacker would use it (a link typed or imported into a record): it never
 * connects to loopback, private, link-local or other non-public addresses, by IP or by name, nor
 * follows a redirect to one, nor fetches anything but http(s), unless the network is allowed. A real
 * HTTP server on 127.0.0.1 counts what reaches it; refused targets are refused before any connection,
 * so no traffic leaves for the private addresses named here.
 */
class LinkCheckerSsrfTest {

    HttpServer server;
    String base;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/to-other-loopback", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + server.getAddress().getPort() + "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/to-file", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Map<String, LinkResult> check(List<String> allowedNetworks, String... urls) {
        LinkChecker checker = new LinkChecker(new LinkCheckProperties(Duration.ofDays(1), Duration.ofSeconds(2), 2,
                Duration.ofHours(1), allowedNetworks), Clock.systemUTC());
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (String url : urls) {
            sources.put(url, List.of("artifact:X"));
        }
        Map<String, LinkResult> byUrl = new LinkedHashMap<>();
        checker.check(sources).forEach(r -> byUrl.put(r.url(), r));
        return byUrl;
    }

    @Test
    void loopbackPrivateAndLinkLocalTargetsAreRefusedWithoutAConnection() {
        int port = server.getAddress().getPort();
        Map<String, LinkResult> results = check(List.of(), base + "/ok", "http://localhost:" + port + "/ok",
                "http://[::1]:" + port + "/ok", "http://[::ffff:127.0.0.1]:" + port + "/ok",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/",
                "http://172.16.0.1/", "http://100.64.0.1/", "http://0.0.0.0:" + port + "/ok", "http://[fd00::1]/");
        assertThat(results.values()).allSatisfy(r -> {
            assertThat(r.ok()).as(r.url()).isFalse();
            assertThat(r.problem()).as(r.url()).startsWith(LinkTargets.REFUSED);
        });
        assertThat(requests.get()).as("nothing reached the server").isZero();
    }

    @Test
    void onlyWebAddressesAreFetched() {
        Map<String, LinkResult> results = check(List.of("127.0.0.1/32"), "file:///etc/passwd", "ftp://127.0.0.1/",
                "gopher://127.0.0.1:11211/", "jar:http://127.0.0.1/x.jar!/", "http://user:pw@127.0.0.1/ok");
        assertThat(results.values()).allSatisfy(r ->
                assertThat(r.problem()).as(r.url()).isEqualTo("not a web address"));
        assertThat(requests.get()).isZero();
    }

    @Test
    void anAllowedNetworkIsReachedButARedirectOutOfItIsNot() {
        Map<String, LinkResult> results = check(List.of("127.0.0.1/32"), base + "/ok", base + "/to-other-loopback",
                base + "/to-file");
        assertThat(results.get(base + "/ok").ok()).isTrue();
        assertThat(results.get(base + "/to-other-loopback").problem()).startsWith(LinkTargets.REFUSED);
        assertThat(results.get(base + "/to-file").ok()).isFalse();
        // /ok once, each redirecting page once (HEAD); the redirect targets were never reached
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void publicAddressesArePublicAndTheRestAreNot() throws IOException {
        for (String address : List.of("8.8.8.8", "140.112.8.116", "2001:4860:4860::8888")) {
            assertThat(LinkTargets.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : List.of("127.0.0.1", "127.1.2.3", "10.1.2.3", "172.31.0.1", "192.168.0.1", "169.254.1.1",
                "100.100.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1")) {
            assertThat(LinkTargets.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }
}
