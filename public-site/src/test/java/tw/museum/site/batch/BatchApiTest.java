package tw.museum.site.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.batch.BatchWorker;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.SearchIndex;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** Batch edits through the API over real HTTP: roles, a batch from a list and from a search, stale steps, the undo's refusal. */
class BatchApiTest extends MuseumTestBase {

    @Autowired ArtifactService artifacts;
    @Autowired TermService terms;
    @Autowired BatchWorker worker;
    @Autowired SearchIndex index;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    static final String REGISTRAR = "registrar.batch";

    String subject;
    String word;

    @BeforeEach
    void vocabulary() {
        subject = "telecom-" + System.nanoTime();
        terms.create(Vocabulary.SUBJECT, new TermData(subject, Bilingual.of("電信", "Telecommunications"), null, null, null));
        word = "電報機" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Huang", java.util.EnumSet.of(StaffRole.REGISTRAR));
        }
    }

    private List<String> records(int n, String prefix) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // object numbers with slashes: they must survive the list, the JSON and the links
            String number = prefix + "-" + System.nanoTime() + "/" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of(word + " " + i, null), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null));
            numbers.add(number);
        }
        return numbers;
    }

    private JsonNode batch(String number) {
        return as(CURATOR).get("/api/v1/batches/" + number).json();
    }

    @Test
    void staffOnlyAndEachFieldAsksForTheRolesItsChangeNeeds() {
        assertThat(anonymous().get("/api/v1/batches").status()).isEqualTo(401);
        List<String> numbers = records(1, "R");
        Map<String, Object> body = Map.of("field", "subjects", "operation", "ADD", "value", Map.of("codes", List.of(subject)),
                "objectNumbers", numbers);
        assertThat(anonymous().postJson("/api/v1/batches", body).status()).isEqualTo(401);
        // conservators read batches but do not catalogue
        assertThat(as(CONSERVATOR).get("/api/v1/batches").status()).isEqualTo(200);
        assertThat(as(CONSERVATOR).postJson("/api/v1/batches", body).status()).isEqualTo(403);
        Reply created = as(CURATOR).postJson("/api/v1/batches", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().path("number").asString();
        worker.runPending();
        long version = batch(number).path("version").asLong();
        assertThat(as(CONSERVATOR).post("/api/v1/batches/" + number + "/apply?version=" + version).status()).isEqualTo(403);
        assertThat(batch(number).path("status").asString()).isEqualTo("PREVIEWED");
    }

    @Test
    void aBatchFromAListIsPreviewedAppliedAndItsUndoRefusedWhileARecordChangedSince() {
        List<String> numbers = records(4, "L");
        List<String> asked = new ArrayList<>(numbers);
        asked.add("NOT-THERE");
        Reply created = as(CURATOR).postJson("/api/v1/batches", Map.of("field", "subjects", "operation", "ADD",
                "value", Map.of("codes", List.of(subject)), "objectNumbers", asked));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().path("number").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/batches/" + number);
        assertThat(created.json().path("status").asString()).isEqualTo("PREVIEWING");
        worker.runPending();

        JsonNode previewed = batch(number);
        assertThat(previewed.path("status").asString()).isEqualTo("PREVIEWED");
        assertThat(previewed.path("counts").path("READY").asInt()).isEqualTo(4);
        assertThat(previewed.path("counts").path("REFUSED").asInt()).isEqualTo(1);
        JsonNode items = as(CURATOR).get("/api/v1/batches/" + number + "/items?state=READY").json();
        assertThat(items.path("totalItems").asInt()).isEqualTo(4);
        JsonNode first = items.path("items").get(0);
        assertThat(first.path("objectNumber").asString()).isEqualTo(numbers.get(0));
        assertThat(first.path("before").path("parts")).isEmpty();
        assertThat(first.path("after").path("parts").get(0).path("code").asString()).isEqualTo(subject);
        assertThat(first.path("after").path("parts").get(0).path("label").path("en").asString()).isEqualTo("Telecommunications");
        JsonNode refused = as(CURATOR).get("/api/v1/batches/" + number + "/items?state=REFUSED").json().path("items").get(0);
        assertThat(refused.path("problems").get(0).path("code").asString()).isEqualTo("batch-record-missing");

        long version = previewed.path("version").asLong();
        Reply stale = as(CURATOR).post("/api/v1/batches/" + number + "/apply?version=" + (version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        Reply applying = as(CURATOR).post("/api/v1/batches/" + number + "/apply?version=" + version);
        assertThat(applying.status()).as(applying.toString()).isEqualTo(202);
        Reply again = as(CURATOR).post("/api/v1/batches/" + number + "/apply?version=" + applying.json().path("version").asLong());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("current").asString()).isEqualTo("APPLYING");
        worker.runPending();
        JsonNode applied = batch(number);
        assertThat(applied.path("status").asString()).isEqualTo("APPLIED");
        assertThat(artifacts.get(numbers.get(1)).subjects()).extracting(t -> t.code()).containsExactly(subject);
        JsonNode history = as(CURATOR).get("/api/v1/artifacts/" + tw.museum.site.staff.StaffPages.segment(numbers.get(1)) + "/history").json();
        assertThat(history.get(0).path("cause").asString()).isEqualTo("batch-edit:" + number);

        var edited = artifacts.get(numbers.get(2));
        artifacts.update(edited.objectNumber(), ArtifactData.of(edited).withRights(Bilingual.of("之後的修改", null), null, null));
        Reply blocked = as(CURATOR).post("/api/v1/batches/" + number + "/undo?version=" + applied.path("version").asLong());
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(blocked.json().path("type").asString()).isEqualTo("urn:museum:problem:undo-blocked");
        assertThat(blocked.json().path("blockers")).hasSize(1);
        assertThat(blocked.json().path("blockers").get(0).path("objectNumber").asString()).isEqualTo(numbers.get(2));
        assertThat(batch(number).path("status").asString()).isEqualTo("APPLIED");
    }

    @Test
    void aBatchFromASearchTakesEveryRecordItFindsAsStaff() {
        List<String> numbers = records(3, "S");
        index.refresh();
        Reply created = as(CURATOR).postJson("/api/v1/batches", Map.of("field", "status", "operation", "SET",
                "value", Map.of("codes", List.of("PUBLISHED")), "search", Map.of("q", word)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("total").asInt()).as("drafts are found: the search runs as staff").isEqualTo(3);
        String number = created.json().path("number").asString();
        worker.runPending();
        assertThat(as(CURATOR).post("/api/v1/batches/" + number + "/apply?version=" + batch(number).path("version").asLong())
                .status()).isEqualTo(202);
        worker.runPending();
        for (String n : numbers) {
            assertThat(anonymous().get("/api/v1/artifacts/" + tw.museum.site.staff.StaffPages.segment(n)).status()).as(n).isEqualTo(200);
        }
    }

    @Test
    void aLocationBatchIsABulkMoveThatOnlyThoseWhoMoveObjectsMayMake() {
        List<String> numbers = records(2, "M");
        String code = "BATCH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocationView gallery = locations.create(new LocationData(code, Bilingual.of("第二展廳", "Gallery 2"),
                LocationKind.GALLERY, null, null, null));
        Map<String, Object> body = Map.of("field", "location", "operation", "SET",
                "value", Map.of("codes", List.of(code), "reason", "EXHIBITION"), "objectNumbers", numbers);
        assertThat(as(CURATOR).postJson("/api/v1/batches", body).status()).as("curators catalogue, registrars move")
                .isEqualTo(403);
        Reply created = as(REGISTRAR).postJson("/api/v1/batches", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().path("number").asString();
        assertThat(created.json().path("value").path("reason").asString()).isEqualTo("EXHIBITION");
        worker.runPending();
        JsonNode item = as(REGISTRAR).get("/api/v1/batches/" + number + "/items").json().path("items").get(0);
        assertThat(item.path("after").path("parts").get(0).path("code").asString()).isEqualTo(code);
        assertThat(item.path("after").path("parts").get(0).path("label").path("en").asString()).isEqualTo("Gallery 2");
        assertThat(as(CURATOR).post("/api/v1/batches/" + number + "/apply?version=" + batch(number).path("version").asLong())
                .status()).isEqualTo(403);
        assertThat(as(REGISTRAR).post("/api/v1/batches/" + number + "/apply?version=" + batch(number).path("version").asLong())
                .status()).isEqualTo(202);
        worker.runPending();
        for (String n : numbers) {
            assertThat(movements.whereIs(n).current().location().id()).isEqualTo(gallery.id());
            assertThat(movements.history(n).get(0).reason()).isEqualTo(MovementReason.EXHIBITION);
            assertThat(movements.history(n).get(0).recordedBy()).isEqualTo(REGISTRAR);
            assertThat(movements.history(n).get(0).reference()).isEqualTo(number);
        }
        Reply noReason = as(REGISTRAR).header("Accept-Language", "en").postJson("/api/v1/batches", Map.of("field", "location",
                "operation", "SET", "value", Map.of("codes", List.of("NO-SUCH-SHELF")), "objectNumbers", numbers));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("value.reason", "value.codes");
    }

    @Test
    void badRequestsAreRefusedWithEveryProblem() {
        Reply unknown = as(CURATOR).postJson("/api/v1/batches", Map.of("field", "insuranceValue", "operation", "SET",
                "objectNumbers", List.of("A")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("field");
        Reply both = as(CURATOR).postJson("/api/v1/batches", Map.of("field", "subjects", "operation", "ADD",
                "value", Map.of("codes", List.of(subject)), "objectNumbers", List.of("A"), "search", Map.of("q", "x")));
        assertThat(both.status()).isEqualTo(400);
        Reply bad = as(CURATOR).header("Accept-Language", "en").postJson("/api/v1/batches", Map.of("field", "subjects",
                "operation", "ADD", "value", Map.of("codes", List.of("no-such-subject")), "objectNumbers", List.of("A")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("value.codes[0]");
        assertThat(bad.json().path("errors").get(0).path("message").asString()).contains("no-such-subject");
        assertThat(as(CURATOR).get("/api/v1/batches/BE-1999-0001").status()).isEqualTo(404);
    }
}
