package tw.museum.site.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.healthcheck.PageSession;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/**
 * The workspace in forms with CSRF: exhibitions written, reordered, published, installed and closed (the
 * objects' movements); uses recorded; an object's usage history on its staff page; treatment stories written
 * from the object's records and reviewed.
 */
class ExhibitionWorkspaceTest extends MuseumTestBase {

    static final String SECOND_CONSERVATOR = "conservator2";
    static final String REGISTRAR = "registrar";

    @Autowired ConditionCheckService conditions;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    @BeforeEach
    void moreStaff() {
        if (!users.exists(SECOND_CONSERVATOR)) {
            users.create(SECOND_CONSERVATOR, PASSWORD, "Conservator Huang", EnumSet.of(StaffRole.CONSERVATOR));
        }
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Lee", EnumSet.of(StaffRole.REGISTRAR));
        }
    }

    private PageSession signedIn(String user) {
        return new PageSession(port).signIn(user, PASSWORD);
    }

    @Test
    void aCuratorWritesReordersAndPublishesAnExhibitionInForms() {
        ExhibitionFixture f = ExhibitionFixture.create(as(CURATOR));
        PageSession staff = signedIn(CURATOR);
        Page form = staff.get("/staff/exhibitions/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"_csrf\"", "name=\"objects[2].objectNumber\"", "name=\"objects[0].displayNotes\"");

        // every problem at its field, and what was typed comes back (the blank first row is left out)
        Page refused = staff.post("/staff/exhibitions", fields("", "2026-05-02", "2026-05-01",
                "", "", "NO-SUCH-NUMBER", "展櫃 B2"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "f-title-zh-error", "f-closesOn-error",
                "f-objects-1-objectNumber-error", "NO-SUCH-NUMBER", "展櫃 B2", "2026-05-02");
        Page badDate = staff.post("/staff/exhibitions", fields("展", "May 2nd", "", f.radio(), "", "", ""));
        assertThat(badDate.body()).contains("f-opensOn-error", "May 2nd");

        Page created = staff.post("/staff/exhibitions", fields("工作區建立的展覽", "2026-05-02", "2026-08-31",
                f.radio(), "展櫃 A1", f.tv(), "展櫃 A2"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String number = created.location().substring(created.location().lastIndexOf('/') + 1);
        Page shown = staff.follow(created);
        assertThat(shown.body()).contains("工作區建立的展覽", number, "展櫃 A1", "草稿", f.tv());
        assertThat(anonymous().get("/exhibitions/" + number).status()).as("a draft is not public").isEqualTo(404);

        long version = ExhibitionFixture.version(as(CURATOR), number);
        Page moved = staff.post("/staff/exhibitions/" + number + "/objects/1/move",
                List.of("delta", "-1", "version", Long.toString(version)));
        assertThat(staff.follow(moved).body()).contains("alert-ok");
        JsonNode objects = as(CURATOR).get("/api/v1/exhibitions/" + number).json().path("objects");
        assertThat(objects.path(0).path("objectNumber").asString()).isEqualTo(f.tv());
        Page stale = staff.follow(staff.post("/staff/exhibitions/" + number + "/objects/0/move",
                List.of("delta", "1", "version", Long.toString(version))));
        assertThat(stale.body()).contains("alert-error");

        // an edit on the version before the move is refused and keeps what was typed
        Page edit = staff.get("/staff/exhibitions/" + number + "/edit");
        assertThat(edit.body()).contains("工作區建立的展覽", "展櫃 A2");
        List<String> staleEdit = new ArrayList<>(fields("改過的標題", "2026-05-02", "", f.tv(), "展櫃 A2", f.radio(), "展櫃 A1"));
        staleEdit.addAll(List.of("version", Long.toString(version)));
        Page refusedEdit = staff.post("/staff/exhibitions/" + number, staleEdit);
        assertThat(refusedEdit.body()).contains("id=\"stale\"", "改過的標題");

        long current = ExhibitionFixture.version(as(CURATOR), number);
        Page published = staff.post("/staff/exhibitions/" + number + "/publish", List.of("version", Long.toString(current)));
        assertThat(staff.follow(published).body()).contains("alert-ok", "已公開");
        assertThat(anonymous().get("/exhibitions/" + number).text()).contains("工作區建立的展覽");
        assertThat(staff.get("/staff/exhibitions/" + number + "/history").body()).contains(CURATOR);

        // a conservator reads exhibitions but does not write them
        PageSession conservator = signedIn(CONSERVATOR);
        assertThat(conservator.get("/staff/exhibitions/" + number).status()).isEqualTo(200);
        assertThat(conservator.get("/staff/exhibitions/new").status()).isEqualTo(403);
    }

    @Test
    void aRegistrarInstallsAndClosesAnExhibitionAndEachObjectMovesThereAndBack() {
        ExhibitionFixture f = ExhibitionFixture.create(as(CURATOR));
        String p = "EXW" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocationView building = locations.create(new LocationData(p, Bilingual.of("本館", "Main building"),
                LocationKind.BUILDING, null, null, null));
        LocationView store = locations.create(new LocationData(p + "-R1", Bilingual.of("第一庫房", "Store 1"),
                LocationKind.STORE_ROOM, building.id(), null, null));
        LocationView gallery = locations.create(new LocationData(p + "-G2", Bilingual.of("第二特展室", "Gallery 2"),
                LocationKind.GALLERY, building.id(), null, null));
        movements.move(new MoveRequest(List.of(f.radio(), f.tv()), Destination.at(store.id()), MovementReason.STORAGE,
                null, null, null, true));

        // a curator writes the exhibition with its gallery; an unknown code is refused at its field
        PageSession curator = signedIn(CURATOR);
        assertThat(curator.get("/staff/exhibitions/new").body()).contains("name=\"location\"");
        List<String> unknown = fields("佈展測試", "2026-05-02", "", f.radio(), "展櫃 A1", f.tv(), "展櫃 A2");
        unknown.addAll(List.of("location", "NO-SUCH-ROOM"));
        assertThat(curator.post("/staff/exhibitions", unknown).body()).contains("f-location-error", "NO-SUCH-ROOM");
        List<String> good = fields("佈展測試", "2026-05-02", "", f.radio(), "展櫃 A1", f.tv(), "展櫃 A2");
        good.addAll(List.of("location", gallery.code().toLowerCase()));
        Page created = curator.post("/staff/exhibitions", good);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String number = created.location().substring(created.location().lastIndexOf('/') + 1);
        String shown = curator.follow(created).body();
        assertThat(shown).contains(gallery.code(), "第二特展室", "規劃中").doesNotContain("id=\"install\"");
        long version = ExhibitionFixture.version(as(CURATOR), number);
        assertThat(curator.post("/staff/exhibitions/" + number + "/install", List.of("version", Long.toString(version))).status())
                .as("moving objects is the registrars' work").isEqualTo(403);

        PageSession registrar = signedIn(REGISTRAR);
        Page page = registrar.get("/staff/exhibitions/" + number);
        assertThat(page.body()).contains("id=\"install\"").doesNotContain("id=\"close\"");
        Page installed = registrar.follow(registrar.post("/staff/exhibitions/" + number + "/install",
                List.of("version", Long.toString(version))));
        assertThat(installed.body()).contains("alert-ok", "已佈展", "id=\"close\"").doesNotContain("id=\"install\"");
        for (String object : List.of(f.radio(), f.tv())) {
            assertThat(movements.whereIs(object).current().location().id()).isEqualTo(gallery.id());
            MovementView last = movements.history(object).get(0);
            assertThat(last.reason()).isEqualTo(MovementReason.EXHIBITION);
            assertThat(last.reference()).isEqualTo(number);
            assertThat(last.recordedBy()).isEqualTo(REGISTRAR);
        }
        // a stale button changes nothing
        Page stale = registrar.follow(registrar.post("/staff/exhibitions/" + number + "/close",
                List.of("version", Long.toString(version))));
        assertThat(stale.body()).contains("alert-error");
        assertThat(movements.whereIs(f.radio()).current().location().id()).isEqualTo(gallery.id());

        Page closed = registrar.follow(registrar.post("/staff/exhibitions/" + number + "/close",
                List.of("version", Long.toString(ExhibitionFixture.version(as(CURATOR), number)))));
        assertThat(closed.body()).contains("alert-ok", "已撤展").doesNotContain("id=\"install\"", "id=\"close\"");
        for (String object : List.of(f.radio(), f.tv())) {
            assertThat(movements.whereIs(object).current().location().id()).isEqualTo(store.id());
            assertThat(movements.history(object).get(0).reference()).isEqualTo(number);
        }
        assertThat(registrar.get("/staff/exhibitions/" + number + "/history").body()).contains(REGISTRAR);
    }

    @Test
    void theInstallationApiAnswersProblemsAndKeepsLocationsOffThePublicSide() {
        ExhibitionFixture f = ExhibitionFixture.create(as(CURATOR));
        String p = "EXA" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocationView gallery = locations.create(new LocationData(p, Bilingual.of("第三展示廳", "Hall 3"),
                LocationKind.GALLERY, null, null, null));
        Map<String, Object> body = Map.of("title", Map.of("zh", "API 佈展"), "kind", "IN_HOUSE", "opensOn", "2026-01-01",
                "location", gallery.code(), "objects", List.of(Map.of("objectNumber", f.radio())));
        JsonNode first = ExhibitionFixture.ok(as(CURATOR).postJson("/api/v1/exhibitions", body)).json();
        JsonNode rival = ExhibitionFixture.ok(as(CURATOR).postJson("/api/v1/exhibitions", body)).json();
        String firstNumber = first.path("number").asString();
        assertThat(first.path("locationName").path("en").asString()).isEqualTo("Hall 3");

        assertThat(as(CURATOR).postJson("/api/v1/exhibitions/" + firstNumber + "/install",
                Map.of("version", first.path("version").asLong())).status()).isEqualTo(403);
        Reply installed = as(REGISTRAR).postJson("/api/v1/exhibitions/" + firstNumber + "/install",
                Map.of("version", first.path("version").asLong()));
        assertThat(installed.status()).as(installed.toString()).isEqualTo(200);
        assertThat(installed.json().path("installation").asString()).isEqualTo("INSTALLED");
        assertThat(installed.json().path("objects").path(0).path("installedAt").asString()).isNotEmpty();

        Reply taken = as(REGISTRAR).header("Accept-Language", "en").postJson("/api/v1/exhibitions/"
                + rival.path("number").asString() + "/install", Map.of("version", rival.path("version").asLong()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(taken.text()).contains("objects[0]", "on-display-elsewhere", firstNumber);

        Reply closed = as(REGISTRAR).postJson("/api/v1/exhibitions/" + firstNumber + "/close",
                Map.of("version", installed.json().path("version").asLong()));
        assertThat(closed.status()).isEqualTo(200);
        Reply again = as(REGISTRAR).postJson("/api/v1/exhibitions/" + firstNumber + "/close",
                Map.of("version", closed.json().path("version").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("current").asString()).isEqualTo("CLOSED");

        // the public reads neither the location nor the installation
        ExhibitionFixture.ok(as(CURATOR).postJson("/api/v1/exhibitions/" + firstNumber + "/publish",
                Map.of("version", closed.json().path("version").asLong())));
        Reply open = ExhibitionFixture.ok(anonymous().get("/api/v1/exhibitions/" + firstNumber));
        assertThat(open.text()).doesNotContain(gallery.code(), "第三展示廳", "installation", "INSTALLED");
        assertThat(anonymous().get("/exhibitions/" + firstNumber).text()).doesNotContain(gallery.code(), "第三展示廳");
    }

    @Test
    void usesAreRecordedInFormsAndTheStaffPageShowsTheWholeUsageHistory() {
        ExhibitionFixture f = ExhibitionFixture.create(as(CURATOR));
        PageSession staff = signedIn(CURATOR);
        Page form = staff.get("/staff/uses/new?object=" + PublicSurfaces.segment(f.radio()));
        assertThat(form.body()).contains(f.radio(), "name=\"usedFrom\"");

        Page refused = staff.post("/staff/uses", List.of("kind", "WORKSHOP", "purpose.zh", "", "usedFrom", "2026-03-07",
                "usedUntil", "2026-03-01", "objects", f.radio() + "\nNO-SUCH-NUMBER"));
        assertThat(refused.body()).contains("f-purpose-zh-error", "f-usedUntil-error", "f-objects-error", "NO-SUCH-NUMBER");
        Page recorded = staff.post("/staff/uses", List.of("kind", "WORKSHOP", "purpose.zh", "親子收音機工作坊",
                "usedFrom", "2026-03-07", "usedBy", "國小三年級", "notes", "示範操作", "objects", f.radio() + "\n" + f.tv()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(staff.follow(recorded).body()).contains("親子收音機工作坊", "工作坊", f.tv());

        String page = staff.get("/staff/artifacts/" + PublicSurfaces.segment(f.radio())).body();
        assertThat(page).contains("id=\"usage-history\"", "親子收音機工作坊", "/staff/exhibitions/" + f.current(),
                "/staff/exhibitions/" + f.draft(), "網站公開", "公開中");
        JsonNode history = as(CONSERVATOR).get("/api/v1/usage-history?objectNumber=" + PublicSurfaces.segment(f.radio())).json();
        assertThat(history.toString()).contains("RECORDED_USE", "EXHIBITION", "WEBSITE", f.upcoming());

        // the API: staff only (a use may name people), cataloguers write
        assertThat(anonymous().get("/api/v1/uses?objectNumber=" + PublicSurfaces.segment(f.radio())).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/usage-history?objectNumber=x").status()).isEqualTo(401);
        Map<String, Object> use = Map.of("kind", "FILMING", "purpose", Map.of("zh", "紀錄片拍攝"), "usedFrom", "2026-04-01",
                "objectNumbers", List.of(f.tv()));
        assertThat(as(CONSERVATOR).postJson("/api/v1/uses", use).status()).isEqualTo(403);
        Reply made = as(CURATOR).postJson("/api/v1/uses", use);
        assertThat(made.status()).isEqualTo(201);
        Reply stale = as(CURATOR).putJson("/api/v1/uses/" + made.json().path("id").asLong(),
                Map.of("kind", "FILMING", "purpose", Map.of("zh", "改"), "usedFrom", "2026-04-01",
                        "objectNumbers", List.of(f.tv()), "version", made.json().path("version").asLong() + 1));
        assertThat(stale.status()).isEqualTo(409);
        Reply bad = as(CURATOR).postJson("/api/v1/uses", Map.of("kind", "NOT-A-KIND"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(as(CURATOR).get("/api/v1/usage-history?objectNumber=NO-SUCH").status()).isEqualTo(404);
    }

    @Test
    void aConservatorWritesAStoryFromTheRecordsAndAColleagueApprovesIt() {
        StoryFixture f = StoryFixture.create(as(CONSERVATOR), as(CURATOR), conditions);
        PageSession author = signedIn(CONSERVATOR);
        assertThat(author.get("/staff/artifacts/" + PublicSurfaces.segment(f.object())).body())
                .contains("id=\"treatment-stories\"", "/staff/conservation/new?object=");
        Page form = author.get("/staff/conservation/new?object=" + PublicSurfaces.segment(f.object()));
        assertThat(form.status()).isEqualTo(200);
        // every photo of the object's records is offered, none chosen yet
        assertThat(form.body()).contains("name=\"photos[3].chosen\"", "value=\"" + f.treatmentId() + "\" selected");

        Page refused = author.post("/staff/conservation", story(f, "", true));
        assertThat(refused.body()).contains("f-title-zh-error", "f-body-zh-error", "name=\"photos[0].chosen\"");
        Page created = author.post("/staff/conservation", story(f, "工作區的修復故事", true));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String path = created.location().substring(created.location().indexOf("/staff/conservation/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(author.follow(created).body()).contains("已建立修復故事", "工作區的修復故事");
        JsonNode saved = as(CONSERVATOR).get("/api/v1/treatment-stories/" + id).json();
        assertThat(saved.path("photos")).hasSize(2);
        assertThat(saved.path("photos").path(0).path("photoId").asLong()).isEqualTo(f.examinationPhotos().get(0));
        assertThat(saved.path("photos").path(1).path("stage").asString()).isEqualTo("AFTER");

        Page sent = author.post(path + "/submit", List.of("version", Long.toString(saved.path("version").asLong())));
        assertThat(author.follow(sent).body()).contains("審核中", "已送審");
        Page self = author.follow(author.post(path + "/approve",
                List.of("version", Long.toString(StoryFixture.version(as(CONSERVATOR), id)))));
        assertThat(self.body()).contains("alert-error", "須由另一位同仁審核");

        PageSession reviewer = signedIn(SECOND_CONSERVATOR);
        assertThat(reviewer.get(path).body()).contains("id=\"approve\"", "id=\"send-back\"");
        Page back = reviewer.follow(reviewer.post(path + "/send-back", List.of("note", "請補英文說明",
                "version", Long.toString(StoryFixture.version(as(CONSERVATOR), id)))));
        assertThat(back.body()).contains("請補英文說明", "草稿");
        author.follow(author.post(path + "/submit", List.of("version", Long.toString(StoryFixture.version(as(CONSERVATOR), id)))));
        Page approved = reviewer.follow(reviewer.post(path + "/approve",
                List.of("version", Long.toString(StoryFixture.version(as(CONSERVATOR), id)))));
        assertThat(approved.body()).contains("alert-ok", "已公開");
        assertThat(anonymous().get("/conservation/" + id).text()).contains("工作區的修復故事");
        assertThat(reviewer.get(path + "/history").body()).contains(SECOND_CONSERVATOR, CONSERVATOR);

        // registrars do not do conservation work
        assertThat(signedIn(REGISTRAR).get("/staff/conservation/" + id).status()).isEqualTo(403);
    }

    /** The story form with the first examination photo and the second treatment photo ticked. */
    private static List<String> story(StoryFixture f, String title, boolean credit) {
        List<String> pairs = new ArrayList<>(List.of("objectNumber", f.object(), "treatmentCheckId",
                Long.toString(f.treatmentId()), "title.zh", title, "body.zh", title.isEmpty() ? "" : "第一段。\n\n第二段。"));
        if (credit) {
            pairs.addAll(List.of("creditExaminer", "true"));
        }
        List<Long> all = new ArrayList<>(f.examinationPhotos());
        all.addAll(f.treatmentPhotos());
        for (int i = 0; i < all.size(); i++) {
            String base = "photos[" + i + "]";
            pairs.addAll(List.of(base + ".photoId", Long.toString(all.get(i)), base + ".stage", i < 2 ? "BEFORE" : "AFTER",
                    base + ".caption.zh", "照片" + i));
            if (i == 0 || i == 3) {
                pairs.addAll(List.of(base + ".chosen", "true"));
            }
        }
        return pairs;
    }

    private static List<String> fields(String title, String opens, String closes, String first, String firstNotes,
                                       String second, String secondNotes) {
        return new ArrayList<>(List.of("title.zh", title, "kind", "IN_HOUSE", "opensOn", opens, "closesOn", closes,
                "objects[0].objectNumber", first, "objects[0].displayNotes", firstNotes,
                "objects[1].objectNumber", second, "objects[1].displayNotes", secondNotes,
                "objects[2].objectNumber", "", "objects[2].displayNotes", ""));
    }
}
