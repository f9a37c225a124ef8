package tw.museum.iiif.front;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.iiif.IiifServerApplication;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.pyramid.DerivedPyramid;
import tw.museum.iiif.pyramid.PyramidService;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;
import tw.museum.iiif.support.TempDirs;
import tw.museum.iiif.support.TestImages;

/**
 * The Netty front over real HTTP, beside the Tomcat port of the same server: stored tiles answered by the front
 * itself (Tomcat never sees them), with the bytes and headers Tomcat gives; everything else relayed; access
 * rules unchanged, a change of status effective within the access-cache TTL.
 */
@SpringBootTest(classes = IiifServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"museum.iiif.source-folder.enabled=true", "museum.iiif.pyramid-min-pixels=1000000",
                "museum.iiif.front.port=0", "museum.iiif.access-cache-ttl=1s", "museum.iiif.restricted-max-size=300"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(TileFrontHttpTest.CountingConfiguration.class)
class TileFrontHttpTest {

    private static final Path images = TempDirs.create("iiif-front-images");
    private static final Path cache = TempDirs.create("iiif-front-cache");
    private static final String TILE = "/iiif/3/big/512,512,512,512/512,/0/default.jpg";
    private static final List<String> SAME_HEADERS = List.of("etag", "last-modified", "cache-control", "content-type",
            "content-length", "access-control-allow-origin", "access-control-expose-headers", "link");

    @Autowired TileFront front;
    @Autowired ImageSourceResolver resolver;
    @Autowired SourceProbe probe;
    @Autowired PyramidService pyramids;
    @Autowired RequestsReachingTomcat tomcatRequests;
    @LocalServerPort int tomcatPort;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("museum.iiif.source-folder.root", images::toString);
        registry.add("museum.iiif.cache-dir", cache::toString);
    }

    /** Counts the requests Tomcat's filter chain sees, before any other filter. */
    @TestConfiguration
    static class CountingConfiguration {
        @Bean
        RequestsReachingTomcat requestsReachingTomcat() {
            return new RequestsReachingTomcat();
        }

        @Bean
        FilterRegistrationBean<Filter> countingFilter(RequestsReachingTomcat counter) {
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>((request, response, chain) -> {
                counter.seen(((HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
            });
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return bean;
        }
    }

    static final class RequestsReachingTomcat {
        private final List<String> paths = java.util.Collections.synchronizedList(new ArrayList<>());

        void seen(String path) {
            paths.add(path);
        }

        long count(String path) {
            synchronized (paths) {
                return paths.stream().filter(path::equals).count();
            }
        }
    }

    @BeforeAll
    void upload() throws Exception {
        TestImages.writeJpeg(TestImages.quadrants(2048, 1536), images.resolve("big.jpg"));
        TestImages.writeJpeg(TestImages.quadrants(2048, 1536), images.resolve("draft.jpg"));
        Files.writeString(images.resolve("draft.access"), "DRAFT");
        TestImages.writeJpeg(TestImages.quadrants(2048, 1536), images.resolve("rights.jpg"));
        Files.writeString(images.resolve("rights.access"), "RESTRICTED");
        TestImages.writeJpeg(TestImages.quadrants(2048, 1536), images.resolve("later.jpg"));
        for (String id : List.of("big", "draft", "rights", "later")) {
            derive(id);
        }
    }

    private DerivedPyramid derive(String id) throws Exception {
        ResolvedSource source = resolver.resolve(new ImageIdentifier(id));
        return pyramids.deriveAsync(source, probe.probe(source.path(), source.lastModified().toEpochMilli()))
                .get(120, TimeUnit.SECONDS);
    }

    private HttpResponse<byte[]> viaFront(String path, String... headers) throws Exception {
        return get("http://127.0.0.1:" + front.port() + path, headers);
    }

    private HttpResponse<byte[]> viaTomcat(String path, String... headers) throws Exception {
        return get("http://127.0.0.1:" + tomcatPort + path, headers);
    }

    private HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void storedTilesAreAnsweredByTheFrontWithTheBytesAndHeadersTomcatGives() throws Exception {
        assertThat(front.port()).isPositive().isNotEqualTo(tomcatPort);
        HttpResponse<byte[]> first = viaFront(TILE); // relayed: the pipeline checks access and remembers the tile
        assertThat(first.statusCode()).isEqualTo(200);
        long reachedTomcat = tomcatRequests.count(TILE);
        List<HttpResponse<byte[]>> fromFront = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fromFront.add(viaFront(TILE));
        }
        assertThat(tomcatRequests.count(TILE)).as("answered by the front alone").isEqualTo(reachedTomcat);

        HttpResponse<byte[]> tomcat = viaTomcat(TILE);
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(tomcat.body()));
        assertThat(tile.getWidth()).isEqualTo(512);
        for (HttpResponse<byte[]> response : fromFront) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(tomcat.body());
            for (String name : SAME_HEADERS) {
                // The canonical Link names the host asked (no base URL is configured here): the front's port.
                List<String> expected = tomcat.headers().allValues(name).stream()
                        .map(v -> v.replace("127.0.0.1:" + tomcatPort + "/", "127.0.0.1:" + front.port() + "/")).toList();
                assertThat(response.headers().allValues(name)).as(name).isEqualTo(expected).isNotEmpty();
            }
            assertThat(response.headers().firstValue("date")).isPresent();
            assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
        }
        assertThat(tomcat.headers().firstValue("cache-control").orElseThrow()).contains("immutable");
    }

    @Test
    void conditionalRequestsGet304FromTheFront() throws Exception {
        String etag = viaFront(TILE).headers().firstValue("etag").orElseThrow();
        String lastModified = viaFront(TILE).headers().firstValue("last-modified").orElseThrow();
        long reachedTomcat = tomcatRequests.count(TILE);

        HttpResponse<byte[]> byEtag = viaFront(TILE, "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("etag")).contains(etag);
        assertThat(byEtag.headers().firstValue("access-control-allow-origin")).contains("*");
        assertThat(viaFront(TILE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(viaFront(TILE, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(tomcatRequests.count(TILE)).isEqualTo(reachedTomcat);
    }

    @Test
    void draftsAreRefusedAndRestrictedImagesStayLimited() throws Exception {
        String draftTile = "/iiif/3/draft/0,0,512,512/512,/0/default.jpg";
        long before = tomcatRequests.count(draftTile);
        for (int i = 0; i < 3; i++) {
            assertThat(viaFront(draftTile).statusCode()).isEqualTo(403);
        }
        assertThat(tomcatRequests.count(draftTile)).as("never remembered: every request reaches the pipeline")
                .isEqualTo(before + 3);
        String rightsTile = "/iiif/3/rights/0,0,512,512/512,/0/default.jpg";
        for (int i = 0; i < 3; i++) {
            assertThat(viaFront(rightsTile).statusCode()).isEqualTo(403); // 512 px > restricted-max-size 300
        }
        HttpResponse<byte[]> full = viaFront("/iiif/3/rights/full/max/0/default.jpg");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(full.body())).getWidth()).isEqualTo(300);
    }

    @Test
    void aWithdrawnImageStopsBeingServedWithinTheAccessCacheTtl() throws Exception {
        String tile = "/iiif/3/later/0,0,512,512/512,/0/default.jpg";
        assertThat(viaFront(tile).statusCode()).isEqualTo(200);
        assertThat(viaFront(tile).statusCode()).isEqualTo(200);
        Files.writeString(images.resolve("later.access"), "WITHDRAWN");
        Thread.sleep(1_500); // the TTL here is 1 s
        assertThat(viaFront(tile).statusCode()).isEqualTo(403);
        assertThat(viaFront(tile).statusCode()).isEqualTo(403);
    }

    @Test
    void aTileInUseStaysWithTheFrontPastTheTtlWhileTheResolverStillSaysOpen() throws Exception {
        String tile = "/iiif/3/big/0,512,512,512/512,/0/default.jpg";
        assertThat(viaFront(tile).statusCode()).isEqualTo(200);
        long reachedTomcat = tomcatRequests.count(tile);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5_000); // five TTLs
        while (System.nanoTime() < end) {
            assertThat(viaFront(tile).statusCode()).isEqualTo(200);
            Thread.sleep(100);
        }
        // Without the background re-check, each TTL would send one request through the pipeline (5 or more);
        // on a loaded machine a late re-check may let one or two through, never one per TTL.
        assertThat(tomcatRequests.count(tile)).as("re-confirmed in the background, not through the pipeline")
                .isLessThanOrEqualTo(reachedTomcat + 2);
    }

    @Test
    void missesAreRelayedToThePipeline() throws Exception {
        HttpResponse<byte[]> info = viaFront("/iiif/3/big/info.json");
        assertThat(info.statusCode()).isEqualTo(200);
        String body = new String(info.body(), StandardCharsets.UTF_8);
        // The Host header travels: ids name the front, the address clients used.
        assertThat(body).contains("\"id\":\"http://127.0.0.1:" + front.port() + "/iiif/3/big\"");
        assertThat(info.headers().firstValue("access-control-allow-origin")).contains("*");
        assertThat(viaFront("/iiif/3/nothing-here/info.json").statusCode()).isEqualTo(404);
        assertThat(viaFront(TILE + "?x=1").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> region = viaFront("/iiif/3/big/100,100,700,300/350,/0/default.png");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(region.body())).getWidth()).isEqualTo(350);
        assertThat(viaFront("/iiif/3/big/full/max/0/default.jpg").statusCode())
                .isEqualTo(viaTomcat("/iiif/3/big/full/max/0/default.jpg").statusCode());
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + front.port() + TILE))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> postToTomcat = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + tomcatPort + TILE))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(postToTomcat.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void hostilePathsAreRefused() throws Exception {
        viaFront(TILE); // remembered
        for (String path : List.of("/iiif/3/../../../../etc/passwd", "/iiif/3/%2e%2e%2f%2e%2e%2fetc%2fpasswd/info.json",
                "/iiif/3/big/../../big/512,512,512,512/512,/0/default.jpg", "/iiif/3/big%00/info.json")) {
            String status = rawStatusLines("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n", 1).get(0);
            assertThat(status).as(path).doesNotContain(" 200 ");
        }
        String tooLong = rawStatusLines("GET /iiif/3/" + "a".repeat(20_000) + "/info.json HTTP/1.1\r\nHost: x\r\n\r\n", 1).get(0);
        assertThat(tooLong).matches("HTTP/1\\.1 4\\d\\d .*");
        assertThat(rawStatusLines("NONSENSE\r\n\r\n", 1).get(0)).matches("HTTP/1\\.1 4\\d\\d .*");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        viaFront(TILE); // remembered: the second request below is the front's own
        String host = "Host: 127.0.0.1:" + front.port() + "\r\n";
        List<String> statuses = rawStatusLines(
                "HEAD /iiif/3/big/info.json HTTP/1.1\r\n" + host + "\r\n"
                        + "HEAD " + TILE + " HTTP/1.1\r\n" + host + "\r\n"
                        + "HEAD /iiif/3/draft/0,0,512,512/512,/0/default.jpg HTTP/1.1\r\n" + host + "\r\n"
                        + "HEAD " + TILE + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", 4);
        assertThat(statuses).extracting(s -> s.substring(9, 12)).containsExactly("200", "200", "403", "200");
    }

    /** Sends raw bytes; the status lines of the first {@code responses} header blocks (bodies are not expected). */
    private List<String> rawStatusLines(String request, int responses) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", front.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            List<String> statuses = new ArrayList<>();
            int b;
            while (statuses.size() < responses && (b = in.read()) >= 0) {
                seen.write(b);
                String text = seen.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    statuses.add(text.substring(0, text.indexOf("\r\n")));
                    seen.reset();
                }
            }
            return statuses;
        }
    }
}
