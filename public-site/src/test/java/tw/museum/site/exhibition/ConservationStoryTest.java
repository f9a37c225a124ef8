package tw.museum.site.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.museum.site.exhibition.StoryFixture.ANNOTATION_MARKER;
import static tw.museum.site.exhibition.StoryFixture.DRAFT_STORY_MARKER;
import static tw.museum.site.exhibition.StoryFixture.EXAMINER_MARKER;
import static tw.museum.site.exhibition.StoryFixture.SUMMARY_MARKER;
import static tw.museum.site.exhibition.StoryFixture.TREATMENT_MARKER;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/**
 * Treatment stories over real HTTP: review by a second person through the API, the public pages and photos,
 * and proof that nothing unpublished of the treatment records reaches any public surface.
 */
class ConservationStoryTest extends MuseumTestBase {

    static final String REGISTRAR = "registrar";

    @Autowired ConditionCheckService conditions;

    private static StoryFixture published;
    private static long draftStory;

    @BeforeEach
    void fixture() {
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Lee", EnumSet.of(StaffRole.REGISTRAR));
        }
        if (published == null) {
            published = StoryFixture.create(as(CONSERVATOR), as(CURATOR), conditions);
            StoryFixture.step(as(CONSERVATOR), published.story(), "submit");
            StoryFixture.step(as(CURATOR), published.story(), "approve");
            draftStory = ExhibitionFixture.ok(as(CONSERVATOR).postJson("/api/v1/treatment-stories",
                    StoryFixture.story(published.object(), published.treatmentId(), published.examinationPhotos().get(1),
                            published.treatmentPhotos().get(0), DRAFT_STORY_MARKER, true, null))).json().path("id").asLong();
        }
    }

    @Test
    void aStoryIsPublishedOnlyBySomeoneWhoDidNotWriteOrSendIt() {
        StoryFixture own = StoryFixture.create(as(CONSERVATOR), as(CURATOR), conditions);
        String path = "/api/v1/treatment-stories/" + own.story();
        assertThat(anonymous().get(path).status()).as("a draft is not public").isEqualTo(404);
        assertThat(anonymous().postJson(path + "/submit", Map.of("version", 0)).status()).isEqualTo(401);
        assertThat(as(REGISTRAR).postJson(path + "/submit", Map.of("version", 0)).status()).isEqualTo(403);
        Reply early = as(CURATOR).postJson(path + "/approve", Map.of("version", StoryFixture.version(as(CURATOR), own.story())));
        assertThat(early.status()).as("nothing to approve in a draft").isEqualTo(409);
        assertThat(early.json().path("current").asString()).isEqualTo("DRAFT");
        assertThat(early.json().path("needed").asString()).isEqualTo("IN_REVIEW");

        StoryFixture.step(as(CONSERVATOR), own.story(), "submit");
        Reply self = as(CONSERVATOR).postJson(path + "/approve", Map.of("version", StoryFixture.version(as(CONSERVATOR), own.story())));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.header("Content-Type")).startsWith("application/problem+json");
        assertThat(self.text()).contains("reviewer-is-author", "\"reviewer\"");
        assertThat(anonymous().get(path).status()).isEqualTo(404);

        Reply stale = as(CURATOR).postJson(path + "/approve", Map.of("version", 0));
        assertThat(stale.status()).isEqualTo(409);
        StoryFixture.step(as(CURATOR), own.story(), "approve");
        Reply shown = anonymous().get(path);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("conservator").isNull()).as("not agreed: no name").isTrue();
        assertThat(as(CURATOR).get(path + "/history").json()).hasSize(3);

        // the examiner agrees to be named: the story is withdrawn, edited and reviewed again
        StoryFixture.step(as(CONSERVATOR), own.story(), "withdraw");
        assertThat(anonymous().get("/conservation/" + own.story()).status()).isEqualTo(404);
        ExhibitionFixture.ok(as(CONSERVATOR).putJson(path, StoryFixture.story(own.object(), own.treatmentId(),
                own.examinationPhotos().get(0), own.treatmentPhotos().get(1), "媽祖神像的修復", true,
                StoryFixture.version(as(CONSERVATOR), own.story()))));
        StoryFixture.step(as(CONSERVATOR), own.story(), "submit");
        StoryFixture.step(as(CURATOR), own.story(), "approve");
        assertThat(anonymous().get("/conservation/" + own.story()).text()).contains(EXAMINER_MARKER + " 王");
    }

    @Test
    void badStoriesAreRefusedWithTheirFields() {
        Reply bad = as(CONSERVATOR).postJson("/api/v1/treatment-stories", Map.of("objectNumber", published.object(),
                "treatmentCheckId", published.examinationId(), "title", Map.of("en", "x"),
                "photos", java.util.List.of(Map.of("photoId", 999_999_999, "stage", "AFTER"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"title.zh\"", "\"body.zh\"", "\"treatmentCheckId\"", "not-a-treatment",
                "photos[0].photoId", "unknown-photo");
        long version = StoryFixture.version(as(CONSERVATOR), published.story());
        Reply notDraft = as(CONSERVATOR).putJson("/api/v1/treatment-stories/" + published.story(),
                StoryFixture.story(published.object(), published.treatmentId(), published.examinationPhotos().get(0),
                        published.treatmentPhotos().get(1), "x", true, version));
        assertThat(notDraft.status()).as("a published story is withdrawn before it is edited").isEqualTo(409);
        assertThat(as(REGISTRAR).get("/api/v1/treatment-stories/" + published.story()).status())
                .as("staff read").isEqualTo(200);
    }

    @Test
    void thePublicReadsTheStoryWithTheChosenPhotosOnly() throws Exception {
        long id = published.story();
        String list = page("/conservation");
        assertThat(list).contains("/conservation/" + id, "媽祖神像的修復", "/conservation/" + id + "/photos/2?size=400")
                .doesNotContain(DRAFT_STORY_MARKER, "/conservation/" + draftStory);
        String html = page("/conservation/" + id);
        assertThat(html).contains("神像送來時滿布煙燻。</p>", "我們以去離子水逐層清潔。</p>", "修復前", "修復後", "修復前的臉部",
                "2025-04", "/conservation/" + id + "/photos/1?size=800", "/conservation/" + id + "/photos/2?size=800",
                "href=\"" + ExhibitionFixture.page(published.object()));
        assertThat(html).doesNotContain("/conditions/", "photos/3", EXAMINER_MARKER, "修復師：");
        assertThat(page("/conservation/" + id + "?lang=en")).contains("Soot covered the statue.</p>", "Before treatment");

        for (int position : new int[] {1, 2}) {
            Reply photo = anonymous().get("/conservation/" + id + "/photos/" + position + "?size=5000");
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.header("Content-Type")).isEqualTo("image/jpeg");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(1200);
        }
        for (String path : new String[] {"/conservation/" + id + "/photos/0", "/conservation/" + id + "/photos/3",
                "/conservation/" + draftStory + "/photos/1", "/conservation/" + draftStory, "/conservation/999999999"}) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(404);
        }
        // the staff address of a condition photo stays staff-only
        assertThat(anonymous().get("/staff/artifacts/" + PublicSurfaces.segment(published.object()) + "/conditions/"
                + published.examinationId() + "/photos/" + published.examinationPhotos().get(1)).status()).isIn(302, 401);

        assertThat(page(ExhibitionFixture.page(published.object()))).contains("/conservation/" + id)
                .doesNotContain("/conservation/" + draftStory);
        assertThat(anonymous().get("/sitemap.xml").text()).contains("/conservation/" + id + "</loc>")
                .doesNotContain("/conservation/" + draftStory + "<");
    }

    @Test
    void nothingUnpublishedOfTheTreatmentRecordsReachesAPublicSurface() {
        new PublicSurfaces(anonymous(), asAdmin())
                .objects(published.object())
                .searchFor(EXAMINER_MARKER, DRAFT_STORY_MARKER)
                .alsoRead("/conservation", "/conservation?lang=en", "/conservation/" + published.story(),
                        "/conservation/" + published.story() + "?lang=en", "/conservation/" + draftStory,
                        "/api/v1/treatment-stories", "/api/v1/treatment-stories/" + published.story(),
                        "/api/v1/treatment-stories/" + draftStory)
                .assertNoneContains(EXAMINER_MARKER, SUMMARY_MARKER, ANNOTATION_MARKER, TREATMENT_MARKER,
                        DRAFT_STORY_MARKER, "INTERNALRECOMMENDATION");
    }

    private String page(String path) {
        Reply reply = anonymous().get(path);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
        return reply.text();
    }
}
