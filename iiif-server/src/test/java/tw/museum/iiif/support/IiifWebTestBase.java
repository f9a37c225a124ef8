package tw.museum.iiif.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tw.museum.iiif.IiifServerApplication;

/**
 * The standalone application over {@link TestImageStore}, driven through MockMvc. Pyramids are switched off
 * here (min pixels above every test image) so these tests exercise the direct-from-original path
 * deterministically; PyramidDerivationTest covers the pyramid path.
 */
@SpringBootTest(classes = IiifServerApplication.class, properties = {
        "museum.iiif.source-folder.enabled=true",
        "museum.iiif.max-width=3000",
        "museum.iiif.max-height=3000",
        "museum.iiif.max-area=4000000",
        "museum.iiif.restricted-max-size=800",
        "museum.iiif.pyramid-min-pixels=50000000",
        "museum.iiif.base-url=https://images.example.org"
})
@AutoConfigureMockMvc
public abstract class IiifWebTestBase {

    public static final String BASE = "https://images.example.org";

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("museum.iiif.source-folder.root", () -> TestImageStore.root().toString());
        registry.add("museum.iiif.cache-dir", () -> TestImageStore.cacheDir().toString());
    }

    protected MvcResult fetch(String path) throws Exception {
        // Clients percent-encode "^" (not allowed raw in a URI path); the server sees it decoded.
        return mvc.perform(get(URI.create(path.replace("^", "%5E")))).andReturn();
    }

    protected int status(String path) throws Exception {
        return fetch(path).getResponse().getStatus();
    }

    protected BufferedImage image(String path) throws Exception {
        MvcResult result = fetch(path);
        assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(img).as("decodable " + path).isNotNull();
        return img;
    }

    /** Average color of a 9x9 patch around a point (JPEG-tolerant). */
    protected static Color colorAt(BufferedImage img, int x, int y) {
        long r = 0, g = 0, b = 0, n = 0;
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int px = Math.max(0, Math.min(img.getWidth() - 1, x + dx));
                int py = Math.max(0, Math.min(img.getHeight() - 1, y + dy));
                int rgb = img.getRGB(px, py);
                r += (rgb >> 16) & 0xff;
                g += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
                n++;
            }
        }
        return new Color((int) (r / n), (int) (g / n), (int) (b / n));
    }

    protected static void assertColor(Color actual, Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of " + actual).isLessThan(40);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of " + actual).isLessThan(40);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of " + actual).isLessThan(40);
    }

    /** Color of the top-left corner area, away from the edge. */
    protected static Color topLeft(BufferedImage img) {
        return colorAt(img, img.getWidth() / 8, img.getHeight() / 8);
    }
}
