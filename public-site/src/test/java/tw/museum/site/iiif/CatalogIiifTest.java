package tw.museum.site.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;
import tw.museum.site.support.TestHttp.Reply;

/** IIIF inside museum.jar serves the catalogue's images: open when published, refused while a draft. */
class CatalogIiifTest extends MuseumTestBase {

    @Test
    void servesImagesOfPublishedArtifactsAndRefusesDrafts() throws Exception {
        String number = "IIIF-" + System.nanoTime();
        as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number, "title", Map.of("zh", "顯微鏡")));
        long mediaId = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "scope.png",
                TestImages.png(1000, 700), Map.of()).json().path("id").asLong();
        String base = "/iiif/3/m-" + mediaId;

        assertThat(anonymous().get(base + "/info.json").status()).isEqualTo(403);
        assertThat(anonymous().get(base + "/full/max/0/default.jpg").status()).isEqualTo(403);

        as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        Reply info = anonymous().get(base + "/info.json");
        assertThat(info.status()).isEqualTo(200);
        JsonNode json = info.json();
        assertThat(json.path("width").asInt()).isEqualTo(1000);
        assertThat(json.path("height").asInt()).isEqualTo(700);
        assertThat(json.path("id").asString()).endsWith(base);

        Reply region = anonymous().get(base + "/0,0,500,350/250,/0/default.jpg");
        assertThat(region.status()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(region.bytes())).getWidth()).isEqualTo(250);

        assertThat(anonymous().get("/iiif/3/m-999999999/info.json").status()).isEqualTo(404);
        assertThat(anonymous().get("/iiif/3/..%2F..%2Fetc%2Fpasswd/info.json").status()).isIn(400, 404);

        as(CURATOR).post("/api/v1/artifacts/" + number + "/withdraw");
        assertThat(anonymous().get(base + "/info.json").status()).isEqualTo(403);
    }

    @Test
    void rightsRestrictedImagesReachThePublicOnlyReduced() throws Exception {
        String number = "RIGHTS-" + System.nanoTime();
        as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number, "title", Map.of("zh", "借展相片")));
        Reply uploaded = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "photo.png",
                TestImages.png(2000, 1500), Map.of("rightsRestricted", "true"));
        assertThat(uploaded.json().path("rightsRestricted").asBoolean()).isTrue();
        long mediaId = uploaded.json().path("id").asLong();
        as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        String base = "/iiif/3/m-" + mediaId;

        JsonNode info = anonymous().get(base + "/info.json").json();
        assertThat(info.path("maxWidth").asInt()).isLessThanOrEqualTo(800);
        Reply max = anonymous().get(base + "/full/max/0/default.jpg");
        assertThat(max.status()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(max.bytes())).getWidth()).isLessThanOrEqualTo(800);
        assertThat(anonymous().get(base + "/full/2000,/0/default.jpg").status()).isIn(400, 403);

        assertThat(anonymous().get("/media/" + mediaId + "/original").status()).isEqualTo(404);
        assertThat(as(CURATOR).get("/media/" + mediaId + "/original").status()).isEqualTo(200);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(
                anonymous().get("/media/" + mediaId + "/thumbnail?size=1200").bytes()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isLessThanOrEqualTo(800);
    }
}
