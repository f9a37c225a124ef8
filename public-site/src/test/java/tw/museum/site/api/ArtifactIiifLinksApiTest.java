package tw.museum.site.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;

/** The artifact JSON names its IIIF manifest and each image's service, and both lead somewhere real. */
class ArtifactIiifLinksApiTest extends MuseumTestBase {

    @Test
    void publishedArtifactsCarryTheirManifestAndImageServices() throws Exception {
        String number = "IIIFAPI/" + System.nanoTime();
        String encoded = number.replace("/", "%2F");
        as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                "title", Map.of("zh", "天文鐘", "en", "Astronomical clock"),
                "restricted", Map.of("storageLocation", "SHELF-9")));
        long mediaId = as(CURATOR).upload("/api/v1/artifacts/" + encoded + "/media", "clock.png",
                TestImages.png(400, 300), Map.of()).json().path("id").asLong();

        JsonNode draft = as(CURATOR).get("/api/v1/artifacts/" + encoded).json();
        assertThat(draft.has("iiif")).as("a draft has no IIIF links").isFalse();
        assertThat(anonymous().get("/iiif/presentation/3/" + encoded + "/manifest").status()).isEqualTo(404);

        as(CURATOR).post("/api/v1/artifacts/" + encoded + "/publish");
        JsonNode body = anonymous().get("/api/v1/artifacts/" + encoded).json();
        // The record's own fields stay where they were.
        assertThat(body.path("objectNumber").asString()).isEqualTo(number);
        assertThat(body.path("title").path("zh").asString()).isEqualTo("天文鐘");
        String manifest = body.path("iiif").path("manifest").asString();
        assertThat(manifest).endsWith("/iiif/presentation/3/" + encoded + "/manifest");
        JsonNode image = body.path("iiif").path("images").path(0);
        assertThat(image.path("mediaId").asLong()).isEqualTo(mediaId);
        assertThat(image.path("service").asString()).endsWith("/iiif/3/m-" + mediaId);

        // Both links work for anyone, from this same application.
        JsonNode m = anonymous().get(path(manifest)).json();
        assertThat(m.path("type").asString()).isEqualTo("Manifest");
        assertThat(m.path("items").path(0).path("items").path(0).path("items").path(0).path("body").path("service")
                .path(0).path("id").asString()).isEqualTo(image.path("service").asString());
        assertThat(m.toString()).doesNotContain("SHELF-9");
        assertThat(anonymous().get(path(image.path("service").asString()) + "/info.json").status()).isEqualTo(200);
        assertThat(anonymous().get("/iiif/presentation/2/" + encoded + "/manifest").json().path("@type").asString())
                .isEqualTo("sc:Manifest");

        JsonNode staff = as(CURATOR).get("/api/v1/artifacts/" + encoded).json();
        assertThat(staff.path("restricted").path("storageLocation").asString()).isEqualTo("SHELF-9");
        assertThat(staff.path("iiif").path("manifest").asString()).isEqualTo(manifest);
    }

    @Test
    void anArtifactWithoutImagesHasNoManifestLink() {
        String number = "IIIFNOIMG-" + System.nanoTime();
        as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number, "title", Map.of("zh", "手稿")));
        as(CURATOR).post("/api/v1/artifacts/" + number + "/publish");
        JsonNode iiif = anonymous().get("/api/v1/artifacts/" + number).json().path("iiif");
        assertThat(iiif.has("manifest")).isFalse();
        assertThat(iiif.path("images")).isEmpty();
    }

    /** The links are absolute (base URL of the request); the test client takes paths. */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
