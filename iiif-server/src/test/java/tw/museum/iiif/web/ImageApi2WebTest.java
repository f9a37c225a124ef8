package tw.museum.iiif.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.iiif.support.IiifWebTestBase;
import tw.museum.iiif.support.TestImages;

class ImageApi2WebTest extends IiifWebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "region {0}")
    @CsvSource(delimiter = ';', value = {
            "full;1200;800", "square;800;800", "0,0,600,400;600;400", "pct:50,50,50,50;600;400",
            "1000,700,500,500;200;100"})
    void regions(String region, int w, int h) throws Exception {
        BufferedImage img = image("/iiif/2/photo/" + region + "/full/0/default.jpg");
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource(delimiter = ';', value = {
            "full;1200;800", "max;1200;800", "600,;600;400", ",200;300;200", "pct:50;600;400", "300,300;300;300",
            "!300,300;300;200",
            "2400,;2400;1600",   // 2.1 allows sizes above the region without "^"
            "pct:150;1800;1200",
            "!2400,3000;2400;1600"})  // 2.1 best fit may upscale too
    void sizes(String size, int w, int h) throws Exception {
        BufferedImage img = image("/iiif/2/photo/full/" + size + "/0/default.jpg");
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
    }

    @ParameterizedTest(name = "bad size {0}")
    @ValueSource(strings = {"^600,", "^max", "0,", "3001,", "abc", "10,10,10", ",3001", "2500,1700"})
    void sizesThatAreRefused(String size) throws Exception {
        assertThat(status("/iiif/2/photo/full/" + size + "/0/default.jpg")).isEqualTo(400);
    }

    @Test
    void rotationMirroringQualityFormat() throws Exception {
        assertColor(topLeft(image("/iiif/2/photo/full/600,/90/default.jpg")), TestImages.BOTTOM_LEFT);
        assertColor(topLeft(image("/iiif/2/photo/full/600,/!0/default.jpg")), TestImages.TOP_RIGHT);
        assertThat(image("/iiif/2/photo/full/600,/45/default.png").getWidth()).isEqualTo(707);
        BufferedImage gray = image("/iiif/2/photo/full/300,/0/gray.png");
        int rgb = gray.getRGB(20, 20);
        assertThat((rgb >> 16) & 0xff).isEqualTo(rgb & 0xff);
        assertThat(image("/iiif/2/photo/full/300,/0/bitonal.png").getRGB(20, 20) & 0xffffff).isIn(0, 0xffffff);
        assertColor(topLeft(image("/iiif/2/photo/full/300,/0/color.jpg")), TestImages.TOP_LEFT);
        assertThat(fetch("/iiif/2/photo/full/300,/0/default.webp").getResponse().getContentType()).isEqualTo("image/webp");
        assertThat(status("/iiif/2/photo/full/300,/0/default.gif")).isEqualTo(501);
        assertThat(status("/iiif/2/photo/full/300,/400/default.jpg")).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void infoJsonIsModelledWithIiifApis() throws Exception {
        MvcResult result = fetch("/iiif/2/photo/info.json");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
        Map<String, Object> info = JSON.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        assertThat(info.get("@context")).isEqualTo("http://iiif.io/api/image/2/context.json");
        assertThat(info.get("@id")).isEqualTo(BASE + "/iiif/2/photo");
        assertThat(info.get("protocol")).isEqualTo("http://iiif.io/api/image");
        assertThat(info.get("width")).isEqualTo(1200);
        assertThat(info.get("height")).isEqualTo(800);
        List<Object> profile = (List<Object>) info.get("profile");
        assertThat(profile.get(0)).isEqualTo("http://iiif.io/api/image/2/level2.json");
        Map<String, Object> extra = (Map<String, Object>) profile.get(1);
        assertThat((List<String>) extra.get("formats")).contains("jpg", "png");
        assertThat((List<String>) extra.get("qualities")).contains("default", "color", "gray", "bitonal");
        assertThat((List<String>) extra.get("supports")).contains("mirroring", "rotationArbitrary", "cors",
                "canonicalLinkHeader", "sizeAboveFull");
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) info.get("tiles");
        assertThat(tiles.get(0)).containsEntry("width", 512).containsEntry("scaleFactors", List.of(1, 2, 4));
        assertThat((List<Object>) info.get("sizes")).contains(Map.of("width", 300, "height", 200));
        assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(result.getResponse().getHeaders("Link"))
                .contains("<http://iiif.io/api/image/2/level2.json>;rel=\"profile\"");
        MvcResult ld = mvc.perform(get("/iiif/2/photo/info.json").header("Accept", "application/ld+json")).andReturn();
        assertThat(ld.getResponse().getContentType())
                .isEqualTo("application/ld+json;profile=\"http://iiif.io/api/image/2/context.json\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void restrictedInfoStatesMaxSize() throws Exception {
        Map<String, Object> info = JSON.readValue(fetch("/iiif/2/restricted/info.json").getResponse()
                .getContentAsByteArray(), Map.class);
        Map<String, Object> extra = (Map<String, Object>) ((List<Object>) info.get("profile")).get(1);
        assertThat(extra.get("maxWidth")).isEqualTo(800);
        assertThat(extra.get("maxHeight")).isEqualTo(600);
        assertThat(image("/iiif/2/restricted/full/full/0/default.jpg").getWidth()).isEqualTo(800);
        assertThat(status("/iiif/2/restricted/full/1200,/0/default.jpg")).isEqualTo(403);
    }

    @Test
    void canonicalLinkAndSharedDerivativesWithVersion3() throws Exception {
        assertThat(fetch("/iiif/2/photo/0,0,1200,800/full/0/default.jpg").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/2/photo/full/full/0/default.jpg>;rel=\"canonical\"");
        assertThat(fetch("/iiif/2/photo/pct:0,0,50,50/!300,300/!90/gray.jpg").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/2/photo/0,0,600,400/300,/!90/gray.jpg>;rel=\"canonical\"");
        assertThat(fetch("/iiif/2/photo/full/300,300/0/default.jpg").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/2/photo/full/300,300/0/default.jpg>;rel=\"canonical\"");
        // Both versions normalize to the same operation list, hence the same ETag and cached bytes.
        MvcResult v2 = fetch("/iiif/2/photo/full/600,/0/default.jpg");
        MvcResult v3 = fetch("/iiif/3/photo/full/600,/0/default.jpg");
        assertThat(v2.getResponse().getHeader("ETag")).isEqualTo(v3.getResponse().getHeader("ETag"));
        assertThat(v2.getResponse().getContentAsByteArray()).isEqualTo(v3.getResponse().getContentAsByteArray());
    }

    @Test
    void errorsAndConditionalRequests() throws Exception {
        assertThat(status("/iiif/2/m-404/info.json")).isEqualTo(404);
        assertThat(status("/iiif/2/draft/info.json")).isEqualTo(403);
        assertThat(status("/iiif/2/..%2Fsecret/info.json")).isEqualTo(400);
        assertThat(status("/iiif/2/bomb/info.json")).isEqualTo(403);
        assertThat(fetch("/iiif/2/photo").getResponse().getStatus()).isEqualTo(303);
        MvcResult first = fetch("/iiif/2/photo/full/100,/0/default.jpg");
        assertThat(mvc.perform(get("/iiif/2/photo/full/100,/0/default.jpg")
                .header("If-None-Match", first.getResponse().getHeader("ETag"))).andReturn().getResponse().getStatus())
                .isEqualTo(304);
    }
}
