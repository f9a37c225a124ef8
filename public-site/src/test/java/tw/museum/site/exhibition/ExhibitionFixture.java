package tw.museum.site.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * Exhibitions made through the API, as a curator's script would: two published objects (one with an image,
 * numbers with a slash), a draft object, and four exhibitions: current, past and upcoming (published) and one
 * draft. Markers are strings that must never reach a public surface.
 */
record ExhibitionFixture(String radio, String tv, String draftObject, long radioImage, String current, String past,
                         String upcoming, String draft) {

    static final String NOTES_MARKER = "DISPLAYNOTESMARKER";
    static final String DRAFT_EXHIBITION_MARKER = "DRAFTEXHIBITIONMARKER";
    static final String DRAFT_OBJECT_MARKER = "DRAFTEXHOBJECTMARKER";

    static ExhibitionFixture create(TestHttp curator) {
        String id = Long.toString(System.nanoTime(), 36);
        String radio = artifact(curator, "EXH/" + id + "/1", "真空管收音機" + id, "Valve radio " + id, true);
        long radioImage = ok(curator.upload(path(radio) + "/media", "radio.png", TestImages.png(640, 480),
                Map.of("caption.zh", "收音機正面"))).json().path("id").asLong();
        String tv = artifact(curator, "EXH/" + id + "/2", "黑白電視機" + id, "Black-and-white TV " + id, true);
        String draftObject = artifact(curator, "EXH/" + id + "/3", DRAFT_OBJECT_MARKER + id, null, false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        String current = exhibition(curator, "<i>臺灣製造</i>：電器的年代" + id, "Made in Taiwan " + id,
                today.minusDays(30), today.plusDays(60), radio, draftObject, tv);
        String past = exhibition(curator, "黑白電視的年代" + id, "The TV years " + id, today.minusYears(3),
                today.minusYears(2), tv);
        String upcoming = exhibition(curator, "收音機百年" + id, "A century of radio " + id, today.plusMonths(2),
                null, radio);
        String draft = exhibition(curator, DRAFT_EXHIBITION_MARKER + id, null, today.minusDays(1), null, radio);
        for (String number : List.of(current, past, upcoming)) {
            ok(curator.postJson("/api/v1/exhibitions/" + number + "/publish", Map.of("version", version(curator, number))));
        }
        return new ExhibitionFixture(radio, tv, draftObject, radioImage, current, past, upcoming, draft);
    }

    private static String artifact(TestHttp curator, String number, String zh, String en, boolean publish) {
        ok(curator.postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                "title", en == null ? Map.of("zh", zh) : Map.of("zh", zh, "en", en))));
        if (publish) {
            ok(curator.post(path(number) + "/publish"));
        }
        return number;
    }

    private static String exhibition(TestHttp curator, String zh, String en, LocalDate opens, LocalDate closes,
                                     String... objects) {
        java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String o : objects) {
            rows.add(Map.of("objectNumber", o, "label", Map.of("zh", "展品說明：" + o, "en", "Label of " + o),
                    "displayNotes", NOTES_MARKER + " 展櫃 A3，照度 50 lux"));
        }
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "title", en == null ? Map.of("zh", zh) : Map.of("zh", zh, "en", en),
                "description", Map.of("zh", "從真空管到電晶體。\n\n第二段。", "en", "From valves to transistors."),
                "venue", Map.of("zh", "本館三樓第二特展室", "en", "Gallery 2, 3rd floor"),
                "kind", "IN_HOUSE", "curator", "策展人 林", "opensOn", opens.toString(), "objects", rows));
        if (closes != null) {
            body.put("closesOn", closes.toString());
        }
        return ok(curator.postJson("/api/v1/exhibitions", body)).json().path("number").asString();
    }

    static long version(TestHttp staff, String number) {
        return ok(staff.get("/api/v1/exhibitions/" + number)).json().path("version").asLong();
    }

    static String path(String objectNumber) {
        return "/api/v1/artifacts/" + PublicSurfaces.segment(objectNumber);
    }

    static String page(String objectNumber) {
        return "/objects/" + PublicSurfaces.segment(objectNumber);
    }

    static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
