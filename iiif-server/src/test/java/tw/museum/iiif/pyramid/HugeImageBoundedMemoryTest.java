package tw.museum.iiif.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tw.museum.iiif.IiifServerApplication;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;
import tw.museum.iiif.support.TempDirs;
import tw.museum.iiif.support.TestImages;

/**
 * A 30000x30000 (900 megapixel) tiled TIFF served and cut into a pyramid inside this JVM, whose heap
 * surefire caps at 512 MB (-Xmx512m, -XX:+ExitOnOutOfMemoryError): decoding it whole would need 900 MB
 * even as gray bytes, so passing proves that nothing decodes more than a region.
 */
@SpringBootTest(classes = IiifServerApplication.class, properties = {
        "museum.iiif.source-folder.enabled=true", "museum.iiif.pyramid-min-pixels=2000000000",
        "museum.iiif.max-area=4000000"})
@AutoConfigureMockMvc
class HugeImageBoundedMemoryTest {

    private static final int SIZE = 30_000;
    private static final Path images = TempDirs.create("iiif-huge-images");
    private static final Path cache = TempDirs.create("iiif-huge-cache");

    @Autowired MockMvc mvc;
    @Autowired ImageSourceResolver resolver;
    @Autowired SourceProbe probe;
    @Autowired PyramidService pyramids;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("museum.iiif.source-folder.root", images::toString);
        registry.add("museum.iiif.cache-dir", cache::toString);
    }

    @BeforeAll
    static void writeHugeTiff() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("heap cap").isLessThanOrEqualTo(512L * 1024 * 1024);
        TestImages.writeTiff(TestImages.proceduralGray(SIZE, SIZE, 512), images.resolve("huge.tif"), 512, false,
                "Deflate");
    }

    @Test
    void servedAndDerivedWithinA512MegabyteHeap() throws Exception {
        MvcResult info = mvc.perform(get("/iiif/3/huge/info.json")).andReturn();
        assertThat(info.getResponse().getStatus()).isEqualTo(200);
        assertThat(info.getResponse().getContentAsString()).contains("\"width\":30000", "\"maxArea\":4000000");

        BufferedImage tile = read("/iiif/3/huge/14848,14848,512,512/512,/0/default.jpg");
        assertThat(tile.getWidth()).isEqualTo(512);
        BufferedImage overview = read("/iiif/3/huge/full/max/0/default.jpg");
        assertThat(overview.getWidth()).isEqualTo(2000);
        assertThat(overview.getHeight()).isEqualTo(2000);
        // Quadrant brightness survives: top-left darkest, bottom-right brightest.
        assertThat(gray(overview, 200, 200)).isLessThan(gray(overview, 1800, 1800));
        BufferedImage region = read("/iiif/3/huge/pct:50,50,10,10/!300,300/0/gray.jpg");
        assertThat(region.getWidth()).isEqualTo(300);

        ResolvedSource source = resolver.resolve(new ImageIdentifier("huge"));
        DerivedPyramid pyramid = pyramids.deriveAsync(source, probe.probe(source.path(),
                source.lastModified().toEpochMilli())).get(600, TimeUnit.SECONDS); // 100-160 s measured while other builds shared the 2 cores
        assertThat(pyramid.levels()).isEqualTo(7);
        assertThat(Files.size(pyramid.tile(6, 0, 0))).isGreaterThan(0);
        BufferedImage fromPyramid = read("/iiif/3/huge/0,0,16384,16384/512,/0/default.jpg");
        assertThat(fromPyramid.getWidth()).isEqualTo(512);
        assertThat(peakHeapBytes()).as("peak heap").isLessThan(512L * 1024 * 1024);
    }

    private static int gray(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xff;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum = Math.max(sum, pool.getPeakUsage().getUsed());
            }
        }
        return sum;
    }

    private BufferedImage read(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }
}
