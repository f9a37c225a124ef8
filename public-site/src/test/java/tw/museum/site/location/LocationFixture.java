package tw.museum.site.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;

/**
 * A small store made over the API as a registrar: building → floor → store room → cabinet → two shelves,
 * each code with a per-run suffix (the test application is shared), and published objects.
 */
final class LocationFixture {

    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final Map<String, Long> ids = new LinkedHashMap<>();
    private final TestHttp registrar;
    private final ArtifactService artifacts;

    LocationFixture(TestHttp registrar, ArtifactService artifacts) {
        this.registrar = registrar;
        this.artifacts = artifacts;
    }

    LocationFixture store(String environmentZh) {
        location("B", "BUILDING", null, "本館", null);
        location("F3", "FLOOR", "B", "三樓", null);
        location("R1", "STORE_ROOM", "F3", "第一庫房", environmentZh);
        location("C1", "CABINET", "R1", "A 櫃", null);
        location("S1", "SHELF", "C1", "第 1 層", null);
        location("S2", "SHELF", "C1", "第 2 層", null);
        return this;
    }

    String code(String name) {
        return name + "-" + suffix;
    }

    long id(String name) {
        return ids.get(name);
    }

    long location(String name, String kind, String parent, String nameZh, String environmentZh) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(name).toLowerCase());
        body.put("name", Map.of("zh", nameZh, "en", "Location " + name));
        body.put("kind", kind);
        body.put("parentId", parent == null ? null : ids.get(parent));
        body.put("environment", environmentZh == null ? null : Map.of("zh", environmentZh));
        Reply created = registrar.postJson("/api/v1/locations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ids.put(name, created.json().path("id").asLong());
        return ids.get(name);
    }

    /** A published object; numbers may hold a slash, a comma and a space, as real ones do. */
    String object(String titleZh) {
        String number = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/1, a";
        artifacts.create(new ArtifactData(number, Bilingual.of(titleZh, "Object " + number), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ArtifactStatus.PUBLISHED);
        return number;
    }

    Reply move(List<String> numbers, String toName, String reason, String reference) {
        return registrar.postJson("/api/v1/movements", Map.of("objects", Map.of("objectNumbers", numbers),
                "to", Map.of("locationCode", code(toName)), "reason", reason, "reference", reference));
    }
}
