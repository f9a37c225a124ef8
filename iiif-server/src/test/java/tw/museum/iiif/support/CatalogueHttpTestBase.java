package tw.museum.iiif.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.support.H2TestDatabase;
import tw.museum.iiif.IiifServerApplication;

/**
 * The standalone IIIF server over a real catalogue (H2) on a real port, spoken to with a real HTTP client, as
 * an aggregator or a viewer would. Subclasses share this one Spring context; each makes its own records.
 */
@SpringBootTest(classes = IiifServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"museum.iiif.discovery.page-size=3", "museum.iiif.pyramid-min-pixels=50000000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogueHttpTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired protected ArtifactService artifacts;
    @Autowired protected MediaService media;
    @LocalServerPort protected int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws IOException {
        H2TestDatabase.register(registry);
        registry.add("museum.media.store-dir", Files.createTempDirectory("iiif-http-media")::toString);
        registry.add("museum.iiif.cache-dir", Files.createTempDirectory("iiif-http-cache")::toString);
    }

    @BeforeAll
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("curator.lin", null, "ROLE_CURATOR"));
    }

    @AfterAll
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The base the server answers on: ids in its documents start with it. */
    protected String base() {
        return "http://localhost:" + port;
    }

    protected HttpResponse<byte[]> get(String pathOrUrl, String... headers) throws Exception {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected JsonNode json(String pathOrUrl) throws Exception {
        HttpResponse<byte[]> response = get(pathOrUrl);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathOrUrl + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return JSON.readTree(response.body());
    }

    protected static ArtifactData data(String number, String title, Long version) {
        return new ArtifactData(number, Bilingual.of(title, "Object " + number), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, version);
    }

    protected long attachImage(String number, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return media.attach(number, "scan.png", new ByteArrayInputStream(out.toByteArray()), MediaDescription.none()).id();
    }
}
