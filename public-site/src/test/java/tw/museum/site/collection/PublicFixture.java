package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * A small public collection made through the API: a maker, a classification and a material, a published
 * object with an image whose title holds markup, a second published object, and a draft by the same
 * maker. Markers are distinctive strings that must never appear on a public page.
 */
record PublicFixture(String word, String maker, long makerId, long draftOnlyMakerId, String classification,
                     String material, String published, String second, String draft, long mediaId) {

    static final String DRAFT_MARKER = "DRAFTMARKER";
    static final String VAULT_MARKER = "VAULTMARKER";
    static final String NOTE_MARKER = "NOTEMARKER";

    static PublicFixture create(TestHttp staff, TestHttp anonymous) {
        String id = Long.toString(System.nanoTime(), 36);
        String word = "gyro" + id;
        String classification = "instr-" + id;
        String material = "brass-" + id;
        ok(staff.postJson("/api/v1/vocabularies/classification/terms",
                Map.of("code", classification, "label", Map.of("zh", "科學儀器" + id, "en", "Instruments " + id))));
        ok(staff.postJson("/api/v1/vocabularies/material/terms",
                Map.of("code", material, "label", Map.of("zh", "黃銅" + id))));
        String maker = "林發明" + id;
        long makerId = ok(staff.postJson("/api/v1/agents", Map.of("kind", "PERSON",
                "name", Map.of("zh", maker, "en", "Lin " + id), "biography", Map.of("zh", "發明家。")))).json().path("id").asLong();
        long draftOnlyMakerId = ok(staff.postJson("/api/v1/agents", Map.of("kind", "ORGANIZATION",
                "name", Map.of("zh", DRAFT_MARKER + "工廠")))).json().path("id").asLong();

        String published = "PUB/" + id + "/1";
        ok(staff.postJson("/api/v1/artifacts", Map.of(
                "objectNumber", published,
                "title", Map.of("zh", "<script>alert('x')</script>" + word + "陀螺儀", "en", "Gyroscope " + word),
                "description", Map.of("zh", "一台" + word + "陀螺儀，用於導航。"),
                "classification", classification,
                "materials", List.of(material),
                "makers", List.of(Map.of("agentId", makerId, "role", Map.of("zh", "製造", "en", "maker"))),
                "productionDate", Map.of("display", Map.of("zh", "1958年", "en", "1958")),
                "licence", "https://creativecommons.org/publicdomain/zero/1.0/",
                "restricted", Map.of("storageLocation", VAULT_MARKER, "internalNotes", NOTE_MARKER))));
        Reply media = staff.upload(path(published) + "/media", "gyro.png", TestImages.png(640, 480),
                Map.of("caption.zh", "正面"));
        assertThat(media.status()).as(media.toString()).isEqualTo(201);
        long mediaId = media.json().path("id").asLong();
        ok(staff.post(path(published) + "/publish"));

        String second = "PUB/" + id + "/2";
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", second,
                "title", Map.of("zh", word + "羅盤", "en", "Compass " + word),
                "classification", classification,
                "makers", List.of(Map.of("agentId", makerId)),
                "productionDate", Map.of("display", Map.of("zh", "1962年")))));
        ok(staff.post(path(second) + "/publish"));

        String draft = "DRAFT/" + id;
        ok(staff.postJson("/api/v1/artifacts", Map.of("objectNumber", draft,
                "title", Map.of("zh", DRAFT_MARKER + word), "classification", classification,
                "makers", List.of(Map.of("agentId", makerId), Map.of("agentId", draftOnlyMakerId)))));

        PublicFixture fixture = new PublicFixture(word, maker, makerId, draftOnlyMakerId, classification, material,
                published, second, draft, mediaId);
        // the index learns of publications right after each commit
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(anonymous.get("/api/v1/search?filter.classification=" + classification).json()
                        .path("total").asLong()).isEqualTo(2));
        return fixture;
    }

    static String path(String objectNumber) {
        return "/api/v1/artifacts/" + objectNumber.replace("/", "%2F");
    }

    static String page(String objectNumber) {
        return "/objects/" + objectNumber.replace("/", "%2F");
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply;
    }
}
