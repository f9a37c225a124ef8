package tw.museum.iiif.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import java.awt.image.BufferedImage;
import java.net.URI;
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

class ImageApi3WebTest extends IiifWebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "region {0}")
    @CsvSource(delimiter = ';', value = {
            "full;1200;800",
            "square;800;800",
            "0,0,600,400;600;400",
            "pct:50,50,50,50;600;400",
            "1000,700,500,500;200;100",   // clipped at the image edge
            "pct:0,0,100,100;1200;800"})
    void regions(String region, int w, int h) throws Exception {
        BufferedImage img = image("/iiif/3/photo/" + region + "/max/0/default.jpg");
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
    }

    @Test
    void regionContentIsTheRequestedPart() throws Exception {
        assertColor(topLeft(image("/iiif/3/photo/0,0,600,400/max/0/default.jpg")), TestImages.TOP_LEFT);
        assertColor(topLeft(image("/iiif/3/photo/pct:50,50,50,50/max/0/default.jpg")), TestImages.BOTTOM_RIGHT);
        assertColor(topLeft(image("/iiif/3/photo/600,0,600,400/max/0/default.png")), TestImages.TOP_RIGHT);
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource(delimiter = ';', value = {
            "max;1200;800",
            "^max;2449;1632",       // upscaled up to maxArea 4,000,000
            "600,;600;400",
            ",200;300;200",
            "pct:50;600;400",
            "300,300;300;300",      // distorted w,h
            "!300,300;300;200",
            "!3000,300;450;300",
            "!1200,900;1200;800",   // the best fit is the region itself: no upscaling needed
            "^2400,;2400;1600",
            "^,1600;2400;1600",
            "^pct:150;1800;1200",
            "^1500,1000;1500;1000",
            "^!2000,2000;2000;1333"})
    void sizes(String size, int w, int h) throws Exception {
        BufferedImage img = image("/iiif/3/photo/full/" + size + "/0/default.jpg");
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
    }

    @ParameterizedTest(name = "bad size {0}")
    @ValueSource(strings = {"1300,", ",900", "pct:150", "1201,800", "0,", "pct:0", "^3001,", "^3000,3000", "abc",
            "full", "10,10,10", "!,", "-5,",
            "!2000,3000", "!1201,801",   // best fit above the region without "^"
            "^,3000",                    // 4500 wide: above maxWidth 3000
            "^,2000",                    // 3000x2000: above maxArea 4,000,000
            "^pct:300"})
    void sizesThatAreRefused(String size) throws Exception {
        assertThat(status("/iiif/3/photo/full/" + size + "/0/default.jpg")).isEqualTo(400);
    }

    /**
     * The official validator's size_noup (Image API 3.0, level 1) on its 1000x1000 image: every size above the
     * region fails without "^" (sizes_to_check = s,s  ,s  s,  pct:200  !2000,3000 with 1100 <= s <= 2000), and
     * the same sizes with "^" are upscaled exactly as the spec's size table says.
     */
    @ParameterizedTest(name = "validator size_noup {0}")
    @CsvSource(delimiter = ';', value = {
            "1100,1100;1100;1100", ",1100;1100;1100", "1100,;1100;1100", "pct:200;2000;2000", "!2000,3000;2000;2000",
            "1999,1999;1999;1999", ",2000;2000;2000", "2000,;2000;2000"})
    void upscalingOnlyWithCaret(String size, int w, int h) throws Exception {
        assertThat(status("/iiif/3/validator/full/" + size + "/0/default.jpg")).as(size).isEqualTo(400);
        BufferedImage up = image("/iiif/3/validator/full/^" + size + "/0/default.jpg");
        assertThat(up.getWidth()).isEqualTo(w);
        assertThat(up.getHeight()).isEqualTo(h);
    }

    /** The size table of the spec: max is capped by maxWidth/maxHeight/maxArea, ^max grows up to them. */
    @Test
    void maxHonoursTheAdvertisedLimits() throws Exception {
        BufferedImage max = image("/iiif/3/validator/full/max/0/default.jpg");
        assertThat(max.getWidth()).isEqualTo(1000);
        BufferedImage upMax = image("/iiif/3/validator/full/^max/0/default.jpg");
        assertThat(upMax.getWidth()).as("sqrt(maxArea)").isEqualTo(2000);
        assertThat(upMax.getHeight()).isEqualTo(2000);
        assertThat(status("/iiif/3/validator/full/^2001,2001/0/default.jpg")).as("above maxArea").isEqualTo(400);
        BufferedImage wide = image("/iiif/3/validator/0,0,1000,100/^max/0/default.jpg");
        assertThat(wide.getWidth()).as("capped by maxWidth").isEqualTo(3000);
        assertThat(wide.getHeight()).isEqualTo(300);
    }

    @ParameterizedTest(name = "bad region {0}")
    @ValueSource(strings = {"1300,0,10,10", "0,900,10,10", "0,0,0,10", "pct:100,0,10,10", "pct:10,10,0,10", "a,b,c,d",
            "0,0,10", "squares", "-1,0,10,10"})
    void regionsThatAreRefused(String region) throws Exception {
        assertThat(status("/iiif/3/photo/" + region + "/max/0/default.jpg")).isEqualTo(400);
    }

    @Test
    void rotationsAndMirroring() throws Exception {
        BufferedImage r90 = image("/iiif/3/photo/full/600,/90/default.jpg");
        assertThat(r90.getWidth()).isEqualTo(400);
        assertThat(r90.getHeight()).isEqualTo(600);
        assertColor(topLeft(r90), TestImages.BOTTOM_LEFT);
        assertColor(topLeft(image("/iiif/3/photo/full/600,/180/default.jpg")), TestImages.BOTTOM_RIGHT);
        assertColor(topLeft(image("/iiif/3/photo/full/600,/270/default.jpg")), TestImages.TOP_RIGHT);
        assertColor(topLeft(image("/iiif/3/photo/full/600,/!0/default.jpg")), TestImages.TOP_RIGHT);
        assertColor(topLeft(image("/iiif/3/photo/full/600,/!90/default.jpg")), TestImages.BOTTOM_RIGHT);
        BufferedImage arbitrary = image("/iiif/3/photo/full/600,/22.5/default.png");
        assertThat(arbitrary.getWidth()).isEqualTo((int) Math.round(600 * Math.cos(Math.toRadians(22.5)) + 400 * Math.sin(Math.toRadians(22.5))));
        assertThat(image("/iiif/3/photo/full/600,/360/default.jpg").getWidth()).isEqualTo(600);
    }

    @ParameterizedTest(name = "bad rotation {0}")
    @ValueSource(strings = {"361", "-90", "ninety", "!!90", "90.5.5"})
    void rotationsThatAreRefused(String rotation) throws Exception {
        assertThat(status("/iiif/3/photo/full/max/" + rotation + "/default.jpg")).isEqualTo(400);
    }

    @Test
    void qualities() throws Exception {
        assertColor(topLeft(image("/iiif/3/photo/full/300,/0/color.jpg")), TestImages.TOP_LEFT);
        BufferedImage gray = image("/iiif/3/photo/full/300,/0/gray.png");
        int rgb = gray.getRGB(30, 30);
        assertThat((rgb >> 16) & 0xff).isEqualTo(rgb & 0xff);
        assertThat((rgb >> 8) & 0xff).isEqualTo(rgb & 0xff);
        BufferedImage bitonal = image("/iiif/3/photo/full/300,/0/bitonal.png");
        for (int y = 0; y < bitonal.getHeight(); y += 7) {
            for (int x = 0; x < bitonal.getWidth(); x += 7) {
                assertThat(bitonal.getRGB(x, y) & 0xffffff).isIn(0x000000, 0xffffff);
            }
        }
        assertThat(status("/iiif/3/photo/full/300,/0/sepia.jpg")).isEqualTo(400);
    }

    @Test
    void formats() throws Exception {
        assertThat(fetch("/iiif/3/photo/full/300,/0/default.png").getResponse().getContentType()).isEqualTo("image/png");
        assertThat(fetch("/iiif/3/photo/full/300,/0/default.jpg").getResponse().getContentType()).isEqualTo("image/jpeg");
        MvcResult webp = fetch("/iiif/3/photo/600,0,600,400/300,/0/default.webp");
        assertThat(webp.getResponse().getContentType()).isEqualTo("image/webp");
        byte[] riff = webp.getResponse().getContentAsByteArray();
        assertThat(new String(riff, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(riff, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        BufferedImage decodedWebp = image("/iiif/3/photo/600,0,600,400/300,/0/default.webp");
        assertThat(decodedWebp.getWidth()).isEqualTo(300);
        assertColor(topLeft(decodedWebp), TestImages.TOP_RIGHT);
        assertThat(fetch("/iiif/3/photo/full/300,/0/default.tif").getResponse().getContentType()).isEqualTo("image/tiff");
        BufferedImage tif = image("/iiif/3/photo/0,400,600,400/200,/0/default.tif");
        assertThat(tif.getWidth()).isEqualTo(200);
        assertColor(topLeft(tif), TestImages.BOTTOM_LEFT);
        assertThat(image("/iiif/3/photo/full/200,/0/bitonal.webp").getWidth()).isEqualTo(200);
        assertThat(status("/iiif/3/photo/full/300,/0/default.gif")).isEqualTo(501);
        assertThat(status("/iiif/3/photo/full/300,/0/default.pdf")).isEqualTo(501);
        assertThat(status("/iiif/3/photo/full/300,/0/default.bmp")).isEqualTo(400);
        assertThat(status("/iiif/3/photo/full/300,/0/default")).isEqualTo(400);
    }

    @Test
    void everySourceFormatIsServed() throws Exception {
        assertColor(topLeft(image("/iiif/3/plain/320,240,320,240/max/0/default.jpg")), TestImages.BOTTOM_RIGHT);
        assertColor(topLeft(image("/iiif/3/strips/400,0,400,300/max/0/default.jpg")), TestImages.TOP_RIGHT);
        BufferedImage tile = image("/iiif/3/pyramid/1024,0,1024,768/512,/0/default.jpg");
        assertThat(tile.getWidth()).isEqualTo(512);
        assertThat(tile.getHeight()).isEqualTo(384);
        assertColor(topLeft(tile), TestImages.TOP_RIGHT);
        BufferedImage small = image("/iiif/3/pyramid/full/256,/0/default.jpg");
        assertThat(small.getHeight()).isEqualTo(192);
        assertColor(colorAt(small, 200, 170), TestImages.BOTTOM_RIGHT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void infoJson() throws Exception {
        MvcResult result = fetch("/iiif/3/photo/info.json");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
        Map<String, Object> info = JSON.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        assertThat(info.get("@context")).isEqualTo("http://iiif.io/api/image/3/context.json");
        assertThat(info.get("id")).isEqualTo(BASE + "/iiif/3/photo");
        assertThat(info.get("type")).isEqualTo("ImageService3");
        assertThat(info.get("protocol")).isEqualTo("http://iiif.io/api/image");
        assertThat(info.get("profile")).isEqualTo("level2");
        assertThat(info.get("width")).isEqualTo(1200);
        assertThat(info.get("height")).isEqualTo(800);
        assertThat(info.get("maxWidth")).as("always advertised, ^ may go above the image").isEqualTo(3000);
        assertThat(info.get("maxHeight")).isEqualTo(3000);
        assertThat(info.get("maxArea")).isEqualTo(4000000);
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) info.get("tiles");
        assertThat(tiles.get(0)).containsEntry("width", 512).containsEntry("height", 512)
                .containsEntry("scaleFactors", List.of(1, 2, 4));
        assertThat((List<Object>) info.get("sizes")).containsExactly(Map.of("width", 300, "height", 200),
                Map.of("width", 600, "height", 400), Map.of("width", 1200, "height", 800));
        assertThat((List<Object>) info.get("extraFormats")).contains("png", "webp", "tif");
        assertThat((List<Object>) info.get("extraQualities")).contains("gray", "bitonal");
        assertThat((List<Object>) info.get("extraFeatures")).contains("mirroring", "rotationArbitrary",
                "sizeUpscaling", "canonicalLinkHeader", "cors", "jsonldMediaType", "profileLinkHeader");
        assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(result.getResponse().getHeaders("Link"))
                .contains("<http://iiif.io/api/image/3/level2.json>;rel=\"profile\"");
        assertThat(result.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(result.getResponse().getHeader("Last-Modified")).isEqualTo("Fri, 02 Jan 2026 03:04:05 GMT");
    }

    @Test
    void infoJsonAsJsonLdWhenAsked() throws Exception {
        MvcResult result = mvc.perform(get("/iiif/3/photo/info.json").header("Accept", "application/ld+json")).andReturn();
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\"");
    }

    @Test
    void baseUriRedirectsToInfoJson() throws Exception {
        MvcResult result = fetch("/iiif/3/photo");
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(BASE + "/iiif/3/photo/info.json");
    }

    @Test
    void canonicalLinkHeader() throws Exception {
        assertThat(fetch("/iiif/3/photo/pct:50,50,50,50/!300,300/90/default.jpg").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/3/photo/600,400,600,400/300,200/90/default.jpg>;rel=\"canonical\"");
        assertThat(fetch("/iiif/3/photo/0,0,1200,800/pct:100/!0/gray.png").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/3/photo/full/max/!0/gray.png>;rel=\"canonical\"");
        assertThat(fetch("/iiif/3/photo/square/^1000,/0/default.jpg").getResponse().getHeaders("Link"))
                .contains("<" + BASE + "/iiif/3/photo/200,0,800,800/1000,1000/0/default.jpg>;rel=\"canonical\"");
    }

    @Test
    void etagAndLastModifiedGive304() throws Exception {
        String path = "/iiif/3/photo/0,0,512,512/256,/0/default.jpg";
        MvcResult first = fetch(path);
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");
        assertThat(etag).startsWith("\"");
        MvcResult byEtag = mvc.perform(get(path).header("If-None-Match", etag)).andReturn();
        assertThat(byEtag.getResponse().getStatus()).isEqualTo(304);
        assertThat(byEtag.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(byEtag.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(mvc.perform(get(path).header("If-Modified-Since", lastModified)).andReturn().getResponse().getStatus())
                .isEqualTo(304);
        assertThat(mvc.perform(get(path).header("If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(path).header("If-None-Match", "\"other\"")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult info = fetch("/iiif/3/photo/info.json");
        assertThat(mvc.perform(get("/iiif/3/photo/info.json").header("If-None-Match", info.getResponse().getHeader("ETag")))
                .andReturn().getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void corsOnImagesErrorsAndPreflight() throws Exception {
        assertThat(fetch("/iiif/3/photo/full/100,/0/default.jpg").getResponse().getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");
        assertThat(fetch("/iiif/3/nothing-here/info.json").getResponse().getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");
        MvcResult preflight = mvc.perform(options("/iiif/3/photo/info.json").header("Origin", "https://viewer.example")
                .header("Access-Control-Request-Method", "GET")).andReturn();
        assertThat(preflight.getResponse().getStatus()).isEqualTo(204);
        assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Methods")).contains("GET");
    }

    @Test
    void unknownIdentifierIs404() throws Exception {
        assertThat(status("/iiif/3/m-404/info.json")).isEqualTo(404);
        assertThat(status("/iiif/3/m-404/full/max/0/default.jpg")).isEqualTo(404);
        assertThat(status("/iiif/3/secret/info.json")).as("a file outside the store").isEqualTo(404);
    }

    @Test
    void draftIsRefused() throws Exception {
        assertThat(status("/iiif/3/draft/info.json")).isEqualTo(403);
        assertThat(status("/iiif/3/draft/full/max/0/default.jpg")).isEqualTo(403);
        assertThat(status("/iiif/3/draft")).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void restrictedImageIsServedOnlyUpToTheConfiguredSize() throws Exception {
        Map<String, Object> info = JSON.readValue(fetch("/iiif/3/restricted/info.json").getResponse()
                .getContentAsByteArray(), Map.class);
        assertThat(info.get("width")).isEqualTo(2000);
        assertThat(info.get("maxWidth")).isEqualTo(800);
        assertThat(info.get("maxHeight")).isEqualTo(600);
        List<Map<String, Object>> tiles = (List<Map<String, Object>>) info.get("tiles");
        assertThat((List<Integer>) tiles.get(0).get("scaleFactors")).containsExactly(4);
        assertThat((List<Object>) info.get("sizes")).containsExactly(Map.of("width", 500, "height", 375));

        BufferedImage max = image("/iiif/3/restricted/full/max/0/default.jpg");
        assertThat(max.getWidth()).isEqualTo(800);
        assertThat(max.getHeight()).isEqualTo(600);
        assertThat(image("/iiif/3/restricted/full/400,/0/default.jpg").getWidth()).isEqualTo(400);
        assertThat(image("/iiif/3/restricted/0,0,2048,1500/512,/0/default.jpg").getWidth()).isEqualTo(512);
        assertThat(status("/iiif/3/restricted/full/1000,/0/default.jpg")).isEqualTo(403);
        assertThat(status("/iiif/3/restricted/0,0,512,512/512,/0/default.jpg")).as("full-resolution tile").isEqualTo(403);
        assertThat(status("/iiif/3/restricted/full/^max/0/default.jpg")).isEqualTo(200);
        assertThat(image("/iiif/3/restricted/full/^max/0/default.jpg").getWidth()).isEqualTo(800);
    }

    @ParameterizedTest(name = "hostile identifier {0}")
    @ValueSource(strings = {
            "..%2F..%2Fsecret", "%2E%2E%2Fsecret", "..%5Csecret", "%2Ftmp%2Fsecret", "..", "...", ".hidden",
            "photo%00", "C:%5Csecret", "photo%2F..%2F..%2Fsecret", "%252E%252E%252Fsecret", "a%20b", "photo.jpg%2F"})
    void hostileIdentifiersNeverReachTheDisk(String id) throws Exception {
        int info = status("/iiif/3/" + id + "/info.json");
        int image = status("/iiif/3/" + id + "/full/max/0/default.jpg");
        assertThat(info).isIn(400, 404);
        assertThat(image).isIn(400, 404);
    }

    @Test
    void overlongIdentifierIsRefused() throws Exception {
        assertThat(status("/iiif/3/" + "a".repeat(300) + "/info.json")).isEqualTo(400);
    }

    @Test
    void decompressionBombIsRefusedBeforeDecoding() throws Exception {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        MvcResult info = fetch("/iiif/3/bomb/info.json");
        assertThat(info.getResponse().getStatus()).isEqualTo(403);
        assertThat(info.getResponse().getContentAsString()).contains("more than the limit");
        assertThat(status("/iiif/3/bomb/0,0,100,100/100,/0/default.jpg")).isEqualTo(403);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2000);
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(after - before).as("heap growth").isLessThan(200L * 1024 * 1024);
    }
}
