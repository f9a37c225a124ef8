package tw.museum.iiif.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import tw.museum.iiif.cache.DerivativeCache;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;
import tw.museum.iiif.support.TempDirs;
import tw.museum.iiif.support.TestImages;

/** Upload, derive the pyramid in the background, then serve tiles from it. */
@SpringBootTest(classes = IiifServerApplication.class, properties = {
        "museum.iiif.source-folder.enabled=true", "museum.iiif.pyramid-min-pixels=1000000"})
@AutoConfigureMockMvc
class PyramidWebTest {

    private static final Path images = TempDirs.create("iiif-pyramid-images");
    private static final Path cache = TempDirs.create("iiif-pyramid-cache");

    @Autowired MockMvc mvc;
    @Autowired ImageSourceResolver resolver;
    @Autowired SourceProbe probe;
    @Autowired PyramidService pyramids;
    @Autowired DerivativeCache derivatives;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        registry.add("museum.iiif.source-folder.root", images::toString);
        registry.add("museum.iiif.cache-dir", cache::toString);
    }

    @BeforeAll
    static void upload() throws Exception {
        TestImages.writeJpeg(TestImages.quadrants(6000, 4000), images.resolve("big.jpg"));
    }

    private DerivedPyramid derive() throws Exception {
        ResolvedSource source = resolver.resolve(new ImageIdentifier("big"));
        var info = probe.probe(source.path(), source.lastModified().toEpochMilli());
        return pyramids.deriveAsync(source, info).get(120, TimeUnit.SECONDS);
    }

    @Test
    void tilesAdvertisedInInfoJsonAreServedAsStoredBytes() throws Exception {
        DerivedPyramid pyramid = derive();
        assertThat(pyramid.levels()).isEqualTo(5);
        assertThat(pyramid.columns(0)).isEqualTo(12);
        assertThat(pyramid.rows(0)).isEqualTo(8);

        assertSameBytes("/iiif/3/big/0,0,512,512/512,/0/default.jpg", pyramid.tile(0, 0, 0));
        assertSameBytes("/iiif/3/big/5632,3584,368,416/368,/0/default.jpg", pyramid.tile(0, 11, 7));
        assertSameBytes("/iiif/3/big/2048,0,2048,2048/512,/0/default.jpg", pyramid.tile(2, 1, 0));
        assertSameBytes("/iiif/2/big/0,0,6000,4000/375,/0/default.jpg", pyramid.tile(4, 0, 0));
        BufferedImage edge = ImageIO.read(pyramid.tile(0, 11, 7).toFile());
        assertThat(edge.getWidth()).isEqualTo(368);
        assertThat(edge.getHeight()).isEqualTo(416);
    }

    @Test
    void arbitraryRegionsAreAssembledFromThePyramid() throws Exception {
        derive();
        BufferedImage white = read("/iiif/3/big/3100,2100,800,800/200,/0/default.jpg");
        assertThat(white.getWidth()).isEqualTo(200);
        int rgb = white.getRGB(100, 100);
        assertThat((rgb >> 16) & 0xff).isGreaterThan(200);
        BufferedImage red = read("/iiif/3/big/100,100,1000,1000/^1200,/90/default.png");
        assertThat(red.getWidth()).isEqualTo(1200);
        assertThat((red.getRGB(600, 600) >> 16) & 0xff).isGreaterThan(180);
    }

    @Test
    void thumbnailIsMadeAtDerivation() throws Exception {
        derive();
        assertThat(derivatives.sizeBytes()).isGreaterThan(0);
        BufferedImage thumb = read("/iiif/3/big/full/!400,400/0/default.jpg");
        assertThat(thumb.getWidth()).isEqualTo(400);
        assertThat(thumb.getHeight()).isEqualTo(267);
    }

    @Test
    void replacingTheOriginalDerivesANewVersionAndDropsTheOldOne() throws Exception {
        DerivedPyramid old = derive();
        Path file = images.resolve("big.jpg");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 60_000));
        DerivedPyramid fresh = derive();
        assertThat(fresh.dir()).isNotEqualTo(old.dir());
        assertThat(old.dir()).doesNotExist();
        assertThat(fresh.tile(0, 0, 0)).exists();
    }

    @Test
    void grayOriginalsGetGrayTiles() throws Exception {
        java.awt.image.BufferedImage gray = new java.awt.image.BufferedImage(3000, 1000,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLACK, 3000, 0, java.awt.Color.WHITE));
        g.fillRect(0, 0, 3000, 1000);
        g.dispose();
        TestImages.writePng(gray, images.resolve("scan.png"));
        ResolvedSource source = resolver.resolve(new ImageIdentifier("scan"));
        DerivedPyramid pyramid = pyramids.deriveAsync(source, probe.probe(source.path(),
                source.lastModified().toEpochMilli())).get(60, TimeUnit.SECONDS);
        assertThat(ImageIO.read(pyramid.tile(0, 1, 0).toFile()).getType())
                .isEqualTo(java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        assertThat(ImageIO.read(pyramid.tile(1, 0, 0).toFile()).getType())
                .isEqualTo(java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        assertSameBytes("/iiif/3/scan/512,0,512,512/512,/0/default.jpg", pyramid.tile(0, 1, 0));
    }

    private void assertSameBytes(String path, Path tile) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(result.getResponse().getContentAsByteArray()).as(path).isEqualTo(Files.readAllBytes(tile));
    }

    private BufferedImage read(String path) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(path.replace("^", "%5E")))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }
}
