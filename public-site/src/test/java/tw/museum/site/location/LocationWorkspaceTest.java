package tw.museum.site.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.healthcheck.PageSession;
import tw.museum.site.staff.StaffUrls;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;

/**
 * Locations and movements over real HTTP: the API (problem+json, optimistic locking, roles), bulk moves
 * (a list, a whole shelf, a staff search), the workspace pages with CSRF, the label sheets read back as
 * barcodes, and the restricted data staying off every public surface.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocationWorkspaceTest extends MuseumTestBase {

    static final String REGISTRAR = "loc-registrar";
    static final String ENVIRONMENT_MARKER = "ENVMARK-7Q";
    static final String NOTE_MARKER = "MOVENOTE-3W";
    static final String REFERENCE_MARKER = "MOVEREF-5T";

    @Autowired
    ArtifactService artifacts;

    LocationFixture f;
    TestHttp registrar;

    @BeforeAll
    void store() {
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Lin", EnumSet.of(StaffRole.REGISTRAR));
        }
        registrar = as(REGISTRAR);
        f = new LocationFixture(registrar, artifacts).store(ENVIRONMENT_MARKER + " 18°C 50%RH");
    }

    @Test
    void theApiManagesTheHierarchyWithCodesTypedInAnyCase() {
        JsonNode shelf = registrar.get("/api/v1/locations/by-code/" + f.code("S1").toLowerCase()).json();
        assertThat(shelf.path("code").asString()).isEqualTo(f.code("S1"));
        assertThat(shelf.path("fullName").path("zh").asString()).contains("本館", "三樓", "第一庫房", "A 櫃", "第 1 層");
        assertThat(registrar.get("/api/v1/locations/" + f.id("C1") + "/children").json().findValuesAsString("code"))
                .containsExactly(f.code("S1"), f.code("S2"));
        assertThat(registrar.get("/api/v1/locations?q=" + f.suffix).json().path("totalItems").asLong()).isEqualTo(6);
        assertThat(registrar.get("/api/v1/locations/" + f.id("R1")).json().path("environment").path("zh").asString())
                .startsWith(ENVIRONMENT_MARKER);
    }

    @Test
    void badLocationsAreRefusedWithEveryProblemAsProblemJson() {
        Reply refused = registrar.postJson("/api/v1/locations", Map.of("code", "no spaces!", "name", Map.of("en", "x"),
                "kind", "FLOOR", "parentId", f.id("S1")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().findValuesAsString("code")).contains("location-code-format", "required",
                "location-kind-order");
        assertThat(registrar.get("/api/v1/locations?q=no%20spaces").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void aStaleEditIsRefusedAndTheCodeNeverChanges() {
        long id = f.location("X" + System.nanoTime() % 100000, "BOX", "S2", "盒子", null);
        JsonNode box = registrar.get("/api/v1/locations/" + id).json();
        long version = box.path("version").asLong();
        Map<String, Object> edit = Map.of("name", Map.of("zh", "改名的盒子"), "kind", "BOX", "parentId", f.id("S2"),
                "version", version);
        assertThat(registrar.putJson("/api/v1/locations/" + id, edit).status()).isEqualTo(200);
        Reply stale = registrar.putJson("/api/v1/locations/" + id, edit);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Reply renamed = registrar.putJson("/api/v1/locations/" + id, Map.of("code", "OTHER-CODE", "name", Map.of("zh", "盒"),
                "kind", "BOX", "parentId", f.id("S2"), "version", version + 1));
        assertThat(renamed.json().findValuesAsString("code")).contains("location-code-immutable");
    }

    @Test
    void registrarsAndAdministratorsManageLocationsAndMoveOthersOnlyRead() {
        String a = f.object("權限測試");
        Map<String, Object> location = Map.of("code", "ROLE-" + f.suffix, "name", Map.of("zh", "x"), "kind", "BUILDING");
        for (String user : List.of(CURATOR, CONSERVATOR)) {
            assertThat(as(user).postJson("/api/v1/locations", location).status()).as(user).isEqualTo(403);
            assertThat(as(user).postJson("/api/v1/movements", Map.of("objects", Map.of("objectNumbers", List.of(a)),
                    "to", Map.of("locationCode", f.code("S1")), "reason", "STORAGE")).status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/v1/locations/" + f.id("S1")).status()).as(user).isEqualTo(200);
        }
        assertThat(anonymous().get("/api/v1/locations/" + f.id("S1")).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/movements?objectNumber=" + PublicSurfaces.segment(a)).status()).isEqualTo(401);
        assertThat(asAdmin().postJson("/api/v1/locations", location).status()).isEqualTo(201);
        PageSession curator = new PageSession(port).signIn(CURATOR, PASSWORD);
        assertThat(curator.get("/staff/moves").status()).isEqualTo(403);
        assertThat(curator.get("/staff/locations/new").status()).isEqualTo(403);
        assertThat(curator.get("/staff/locations/" + f.id("S1")).body()).contains(f.code("S1")).doesNotContain("id=\"edit\"");
    }

    @Test
    void aBulkMoveWritesOneMovementEachAndNamesEveryUnknownObject() {
        String a = f.object("甲"), b = f.object("乙"), c = f.object("丙");
        Reply refused = f.move(List.of(a, "NOPE-1/2", b, "NOPE-3"), "S1", "STORAGE", "R-1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("NOPE-1/2", "NOPE-3");
        assertThat(registrar.get("/api/v1/movements?objectNumber=" + PublicSurfaces.segment(a)).json()
                .path("history").size()).isZero();

        Reply moved = f.move(List.of(a, b, c), "S1", "STORAGE", "R-1");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        long batch = moved.json().path("batch").asLong();
        assertThat(moved.json().path("movements").size()).isEqualTo(3);
        assertThat(registrar.get("/api/v1/movements/batches/" + batch).json().findValuesAsString("objectNumber"))
                .containsExactlyInAnyOrder(a, b, c);

        // the whole shelf, to a place outside the museum, then everything back home
        Map<String, Object> shelf = Map.of("objects", Map.of("fromLocation", f.code("S1")),
                "to", Map.of("offSite", "國立臺灣博物館 — 特展室"), "reason", "LOAN", "reference", "LN-2026-0001");
        JsonNode out = registrar.postJson("/api/v1/movements", shelf).json();
        assertThat(out.path("movements").findValuesAsString("objectNumber")).contains(a, b, c);
        JsonNode where = registrar.get("/api/v1/movements?objectNumber=" + PublicSurfaces.segment(b)).json();
        assertThat(where.path("location").path("current").path("offSite").asString()).contains("國立臺灣博物館");
        assertThat(where.path("history").size()).isEqualTo(2);
        assertThat(where.path("history").get(0).path("reference").asString()).isEqualTo("LN-2026-0001");
    }

    @Test
    void aStaffSearchResultMovesInOneStep() {
        String word = "搜尋移動" + f.suffix;
        String a = f.object(word + "一"), b = f.object(word + "二");
        Reply moved = registrar.postJson("/api/v1/movements", Map.of("objects", Map.of("query", a.substring(0, 7),
                "status", "PUBLISHED"), "to", Map.of("locationCode", f.code("S2")), "reason", "PHOTOGRAPHY"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.json().path("movements").findValuesAsString("objectNumber")).containsExactly(a);
        assertThat(registrar.get("/api/v1/movements?objectNumber=" + PublicSurfaces.segment(b)).json()
                .path("history").size()).isZero();
        // the workspace's artifact list links the same search to the move page, which lists its numbers
        PageSession session = new PageSession(port).signIn(REGISTRAR, PASSWORD);
        String list = session.get("/staff/artifacts?status=PUBLISHED&q=" + b.substring(0, 7)).body();
        assertThat(list).contains("id=\"move-results\"");
        assertThat(session.get("/staff/moves?status=PUBLISHED&q=" + b.substring(0, 7)).body()).contains(b).doesNotContain(a);
    }

    @Test
    void theWorkspaceMovesAPastedListAndOneObjectWithCsrfAndShowsTheHistory() {
        String a = f.object("頁面一"), b = f.object("頁面二");
        PageSession session = new PageSession(port).signIn(REGISTRAR, PASSWORD);
        assertThat(session.get("/staff/moves").status()).isEqualTo(200);
        PageSession.Page refused = session.post("/staff/moves", List.of("numbers", a + "\r\nNOPE-9\n\n" + b,
                "destination", "location", "toCode", f.code("S2"), "reason", "STORAGE"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("NOPE-9", "id=\"problems\"");
        PageSession.Page done = session.post("/staff/moves", List.of("numbers", a + "\r\n" + b + "\n",
                "destination", "location", "toCode", f.code("S2").toLowerCase(), "reason", "STORAGE",
                "reference", "SHELF-ORDER", "setHome", "true"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(session.follow(done).body()).contains(a, b, f.code("S2"), "SHELF-ORDER");

        String page = session.get(new StaffUrls().artifact(a)).body();
        assertThat(page).contains("id=\"artifact-location\"", f.code("S2"), "SHELF-ORDER");
        String version = page.replaceAll("(?s).*action=\"[^\"]*/move\".*?name=\"version\" value=\"(\\d+)\".*", "$1");
        PageSession.Page moved = session.post(new StaffUrls().artifact(a, "move"),
                List.of("version", version, "destination", "location", "toCode", f.code("S1"), "reason", "CONSERVATION"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(session.follow(moved).body()).contains(f.code("S1"), "alert-ok");
        // the same form again: the object moved since, so it is refused
        PageSession.Page again = session.post(new StaffUrls().artifact(a, "move"),
                List.of("version", version, "destination", "location", "toCode", f.code("S2"), "reason", "STORAGE"));
        assertThat(session.follow(again).body()).contains(f.code("S1")).contains("alert-error");
        assertThat(registrar.get("/api/v1/movements?objectNumber=" + PublicSurfaces.segment(a)).json()
                .path("location").path("home").path("code").asString()).isEqualTo(f.code("S2"));

        // without the CSRF token the form is refused
        PageSession stranger = new PageSession(port).signIn(REGISTRAR, PASSWORD);
        assertThat(stranger.post("/staff/moves", List.of("numbers", a, "toCode", f.code("S2"), "reason", "STORAGE",
                "_csrf", "forged")).status()).isEqualTo(403);
    }

    @Test
    void locationPagesCreateEditAndKeepTheVersion() {
        PageSession session = new PageSession(port).signIn(REGISTRAR, PASSWORD);
        session.get("/staff/locations/new?parent=" + f.id("R1"));
        PageSession.Page bad = session.post("/staff/locations", List.of("code", "D1-" + f.suffix, "kind", "DRAWER",
                "parentCode", "NO-SUCH-" + f.suffix, "name.zh", ""));
        assertThat(bad.body()).contains("NO-SUCH-" + f.suffix, "id=\"problems\"");
        PageSession.Page created = session.post("/staff/locations", List.of("code", "d1-" + f.suffix, "kind", "CABINET",
                "parentCode", f.code("R1"), "name.zh", "抽屜櫃", "environment.zh", "防潮"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String show = session.follow(created).body();
        assertThat(show).contains("D1-" + f.suffix, "抽屜櫃", "防潮", f.code("R1"));
        String edit = session.get(created.location().replaceAll("^https?://[^/]+", "") + "/edit").body();
        assertThat(edit).contains("value=\"" + f.code("R1") + "\"");
        String path = created.location().replaceAll("^https?://[^/]+", "");
        String version = edit.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(session.post(path, List.of("version", version, "kind", "CABINET", "parentCode", f.code("R1"),
                "name.zh", "改名")).status()).isEqualTo(302);
        session.get(path + "/edit");
        assertThat(session.post(path, List.of("version", version, "kind", "CABINET", "parentCode", f.code("R1"),
                "name.zh", "再改名")).body()).contains("id=\"stale\"");
    }

    @Test
    void labelSheetsHoldTheBareCodeAsQrAndCode128() throws Exception {
        String a = f.object("標籤");
        f.move(List.of(a), "S2", "STORAGE", "LABELS");
        TestHttp curator = as(CURATOR);
        byte[] locations = curator.get("/api/v1/locations/" + f.id("C1") + "/labels.pdf?scope=inside").bytes();
        assertThat(PdfText.of(locations)).contains(f.code("C1"), f.code("S1"), f.code("S2"), "A 櫃");
        assertThat(decoded(locations)).contains("QR_CODE:" + f.code("S1"), "CODE_128:" + f.code("S1"),
                "QR_CODE:" + f.code("C1"), "CODE_128:" + f.code("C1"));
        byte[] object = curator.get("/api/v1/movements/label.pdf?objectNumber=" + PublicSurfaces.segment(a)).bytes();
        assertThat(decoded(object)).contains("QR_CODE:" + a, "CODE_128:" + a);
        // the workspace's links answer the same documents
        PageSession session = new PageSession(port).signIn(CURATOR, PASSWORD);
        assertThat(session.get("/staff/locations/" + f.id("S1") + "/labels.pdf").status()).isEqualTo(200);
        assertThat(session.get(new StaffUrls().artifact(a, "label.pdf")).status()).isEqualTo(200);
    }

    @Test
    void locationsAndMovementsReachNoPublicSurface() {
        String a = f.object("公開藏品");
        f.move(List.of(a), "R1", "STORAGE", REFERENCE_MARKER);
        registrar.postJson("/api/v1/movements", Map.of("objects", Map.of("objectNumbers", List.of(a)),
                "to", Map.of("locationCode", f.code("S1")), "reason", "EXHIBITION", "note", NOTE_MARKER, "setHome", true));
        new PublicSurfaces(anonymous(), asAdmin()).objects(a).searchFor(f.suffix, f.code("S1"))
                .assertNoneContains(f.code("S1"), f.code("R1"), "第一庫房", ENVIRONMENT_MARKER, NOTE_MARKER, REFERENCE_MARKER);
    }

    /** Every code on every label of every page, as FORMAT:text, label by label (3 × 8 cells of 70 × 37.125 mm). */
    private static List<String> decoded(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        int dpi = 300;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage page = renderer.renderImageWithDPI(p, dpi);
                int w = (int) (70 / 25.4 * dpi), h = (int) (37.125 / 25.4 * dpi);
                for (int row = 0; row < 8; row++) {
                    for (int col = 0; col < 3; col++) {
                        BufferedImage cell = page.getSubimage(col * w, row * h, Math.min(w, page.getWidth() - col * w),
                                Math.min(h, page.getHeight() - row * h));
                        for (BarcodeFormat format : List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128)) {
                            try {
                                Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                                        new BufferedImageLuminanceSource(cell))), Map.of(DecodeHintType.POSSIBLE_FORMATS,
                                        List.of(format), DecodeHintType.TRY_HARDER, true));
                                found.add(r.getBarcodeFormat() + ":" + r.getText());
                            } catch (NotFoundException none) {
                                // an empty cell
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
