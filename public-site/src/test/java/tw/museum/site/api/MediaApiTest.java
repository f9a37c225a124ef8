package tw.museum.site.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;
import tw.museum.site.support.TestHttp.Reply;

/** Uploading, describing, serving and removing media over real HTTP. */
class MediaApiTest extends MuseumTestBase {

    String number;

    @BeforeEach
    void artifact() {
        number = "MEDIA-" + System.nanoTime();
        Reply created = as(CURATOR).postJson("/api/v1/artifacts",
                Map.of("objectNumber", number, "title", Map.of("zh", "放大鏡")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void uploadsAnImageAndServesItOnlyOnceTheArtifactIsPublished() throws IOException {
        byte[] png = TestImages.png(800, 600);
        Reply uploaded = as(CONSERVATOR).upload("/api/v1/artifacts/" + number + "/media", "正面 <script>.png", png,
                Map.of("caption.zh", "正面", "caption.en", "Front", "rights", "CC BY 4.0"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode media = uploaded.json();
        assertThat(media.path("mediaType").asString()).isEqualTo("image/png");
        assertThat(media.path("width").asInt()).isEqualTo(800);
        assertThat(media.path("primary").asBoolean()).isTrue();
        long id = media.path("id").asLong();

        assertThat(anonymous().get("/media/" + id + "/original").status()).isEqualTo(404);
        assertThat(anonymous().get("/media/" + id + "/thumbnail").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/artifacts/" + number + "/media").status()).isEqualTo(404);
        Reply staffCopy = as(CURATOR).get("/media/" + id + "/original");
        assertThat(staffCopy.status()).isEqualTo(200);
        assertThat(staffCopy.header("Cache-Control")).contains("no-store");

        as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        Reply original = anonymous().get("/media/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(png);
        assertThat(original.header("Content-Type")).isEqualTo("image/png");
        assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(original.header("Content-Disposition")).startsWith("inline").doesNotContain("<script>\"");

        Reply thumbnail = anonymous().get("/media/" + id + "/thumbnail?size=200");
        assertThat(thumbnail.status()).isEqualTo(200);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertThat(small.getWidth()).isEqualTo(200);
        assertThat(small.getHeight()).isEqualTo(150);
    }

    @Test
    void refusesWhatIsNotAnImageOrDocumentAndWhatIsTooLarge() throws IOException {
        Reply script = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "photo.jpg",
                "#!/bin/sh\nrm -rf /\n".getBytes(), Map.of());
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().path("errors").get(0).path("code").asString()).isEqualTo("unsupported-type");

        byte[] big = new byte[400 * 1024];
        byte[] header = TestImages.png(10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        Reply tooLarge = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "big.png", big, Map.of());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");

        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        assertThat(as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "huge.png", huge, Map.of()).status())
                .isEqualTo(413);
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + number + "/media").json()).isEmpty();
    }

    @Test
    void describesReordersAndRemovesMedia() throws IOException {
        long first = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "a.png", TestImages.png(20, 20), Map.of())
                .json().path("id").asLong();
        JsonNode second = as(CURATOR).upload("/api/v1/artifacts/" + number + "/media", "b.png", TestImages.png(30, 30), Map.of()).json();

        Reply described = as(CURATOR).putJson("/api/v1/artifacts/" + number + "/media/" + second.path("id").asLong(),
                Map.of("caption", Map.of("zh", "背面"), "position", 0, "primary", true,
                        "version", second.path("version").asLong()));
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        JsonNode list = as(CURATOR).get("/api/v1/artifacts/" + number + "/media").json();
        assertThat(list.get(0).path("id").asLong()).isEqualTo(second.path("id").asLong());
        assertThat(list.get(0).path("caption").path("zh").asString()).isEqualTo("背面");
        assertThat(list.get(1).path("primary").asBoolean()).isFalse();

        Reply stale = as(CURATOR).putJson("/api/v1/artifacts/" + number + "/media/" + second.path("id").asLong(),
                Map.of("caption", Map.of("zh", "過期"), "version", second.path("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(as(CURATOR).delete("/api/v1/artifacts/" + number + "/media/" + first).status()).isEqualTo(204);
        assertThat(as(CURATOR).delete("/api/v1/artifacts/" + number + "/media/" + first).status()).isEqualTo(404);
        assertThat(anonymous().delete("/api/v1/artifacts/" + number + "/media/" + second.path("id").asLong()).status())
                .isEqualTo(401);
    }
}
