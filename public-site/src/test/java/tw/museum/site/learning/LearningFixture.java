package tw.museum.site.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * Learning units made through the API, as a cataloguer's script would: a theme, two published objects
 * (one with an image), a draft object, and three units: one published, one scheduled for tomorrow and
 * one draft. Markers are strings that must never reach a public page.
 */
record LearningFixture(String theme, String radio, String chip, String draft, long chipImage, String published,
                       String scheduled, String draftUnit) {

    static final String DRAFT_OBJECT_MARKER = "DRAFTOBJMARKER";
    static final String FUTURE_MARKER = "FUTUREUNITMARKER";
    static final String DRAFT_UNIT_MARKER = "DRAFTUNITMARKER";

    static LearningFixture create(TestHttp staff) {
        String id = Long.toString(System.nanoTime(), 36);
        String theme = "semi-" + id;
        ok(staff.postJson("/api/v1/vocabularies/subject/terms",
                Map.of("code", theme, "label", Map.of("zh", "半導體" + id, "en", "Semiconductors " + id))));
        String radio = "LU/" + id + "/1";
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", radio,
                "title", Map.of("zh", "真空管收音機" + id, "en", "Valve radio " + id))));
        ok(staff.post(path(radio) + "/publish"));
        String chip = "LU/" + id + "/2";
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", chip,
                "title", Map.of("zh", "積體電路晶片" + id, "en", "Integrated circuit " + id))));
        long chipImage = ok(staff.upload(path(chip) + "/media", "chip.png", TestImages.png(640, 480),
                Map.of("caption.zh", "晶片正面", "caption.en", "Chip, front"))).json().path("id").asLong();
        ok(staff.post(path(chip) + "/publish"));
        String draft = "LU/" + id + "/draft";
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", draft,
                "title", Map.of("zh", DRAFT_OBJECT_MARKER + id))));

        String published = "semiconductors-" + id;
        unit(staff, published, "<b>臺灣半導體</b>產業史" + id, theme, radio, chip, chipImage, draft);
        schedule(staff, published, Instant.now().minusSeconds(60));
        String scheduled = "future-" + id;
        unit(staff, scheduled, FUTURE_MARKER + id, theme, radio, chip, chipImage, draft);
        schedule(staff, scheduled, Instant.now().plusSeconds(86_400));
        String draftUnit = "draft-" + id;
        unit(staff, draftUnit, DRAFT_UNIT_MARKER + id, theme, radio, chip, chipImage, draft);
        return new LearningFixture(theme, radio, chip, draft, chipImage, published, scheduled, draftUnit);
    }

    private static void unit(TestHttp staff, String slug, String titleZh, String theme, String radio, String chip,
                             long chipImage, String draft) {
        ok(staff.postJson("/api/v1/learning-units", Map.of(
                "slug", slug,
                "title", Map.of("zh", titleZh, "en", "Taiwan's semiconductor industry"),
                "summary", Map.of("zh", "從收音機到晶片的故事。", "en", "From radios to chips."),
                "themes", List.of(theme),
                "ageGroup", "JUNIOR_HIGH",
                "goals", Map.of("zh", "認識真空管\n認識積體電路", "en", "Know the valve\nKnow the chip"),
                "questions", Map.of("zh", "你的手機裡有幾顆晶片？"),
                "references", List.of(Map.of("citation", Map.of("zh", "科工館館刊"), "url", "https://example.org/journal")),
                "sections", List.of(
                        Map.of("heading", Map.of("zh", "真空管時代", "en", "The valve era"),
                                "body", Map.of("zh", "一九五〇年代，收音機走進家庭。"),
                                "items", List.of(Map.of("objectNumber", radio, "caption", Map.of("zh", "大同收音機")),
                                        Map.of("objectNumber", draft))),
                        Map.of("heading", Map.of("zh", "晶片時代", "en", "The chip era"),
                                "body", Map.of("zh", "積體電路改變了一切。"),
                                "items", List.of(Map.of("objectNumber", chip, "mediaId", chipImage)))))));
    }

    private static void schedule(TestHttp staff, String slug, Instant at) {
        long version = ok(staff.get("/api/v1/learning-units/" + slug)).json().path("version").asLong();
        ok(staff.postJson("/api/v1/learning-units/" + slug + "/schedule", Map.of("publishAt", at.toString(), "version", version)));
    }

    static String path(String objectNumber) {
        return "/api/v1/artifacts/" + objectNumber.replace("/", "%2F");
    }

    static String page(String objectNumber) {
        return "/objects/" + objectNumber.replace("/", "%2F");
    }

    static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
