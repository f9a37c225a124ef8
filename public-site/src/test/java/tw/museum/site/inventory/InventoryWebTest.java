package tw.museum.site.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.inventory.Decision;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.inventory.InventoryStatus;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.healthcheck.PageSession;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.PdfText;
import tw.museum.site.support.PublicSurfaces;
import tw.museum.site.support.TestHttp.Reply;

/**
 * The inventory pages over real HTTP: who may open them, a whole inventory through the forms (with their
 * CSRF tokens), hostile scans shown as text, the report as PDF and CSV.
 */
class InventoryWebTest extends MuseumTestBase {

    static final String REGISTRAR = "inventory.registrar";
    private static final Pattern NUMBER = Pattern.compile("/staff/inventories/(INV-\\d{4}-\\d{4})");

    @Autowired LocationService locations;
    @Autowired MovementService movements;
    @Autowired ArtifactService artifacts;
    @Autowired InventoryService inventories;

    @BeforeEach
    void registrar() {
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Hsu", EnumSet.of(StaffRole.REGISTRAR));
        }
    }

    PageSession registrarSession() {
        return new PageSession(port).signIn(REGISTRAR, PASSWORD);
    }

    @Test
    void onlyRegistrarsAndAdministratorsTakeInventories() {
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 1);
        String number = inventories.start(f.shelf1().code()).inventory().number();
        for (String path : List.of("/staff/inventories", "/staff/inventories/" + number,
                "/staff/inventories/" + number + "/report", "/staff/inventories/" + number + "/report.csv",
                "/staff/inventories/" + number + "/report.pdf")) {
            assertThat(as(CURATOR).get(path).status()).as(path).isEqualTo(403);
            assertThat(as(CONSERVATOR).get(path).status()).as(path).isEqualTo(403);
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(302);
            assertThat(as(REGISTRAR).get(path).status()).as(path).isEqualTo(200);
            assertThat(asAdmin().get(path).status()).as(path).isEqualTo(200);
        }
        // a curator's signed-in session cannot scan either, even with a valid CSRF token
        PageSession curator = new PageSession(port).signIn(CURATOR, PASSWORD);
        curator.get("/staff");
        assertThat(curator.post("/staff/inventories/" + number + "/scans", List.of("code", f.onShelf1().get(0))).status())
                .isEqualTo(403);
        assertThat(inventories.report(number).counts().found()).isZero();
        // the navigation shows the link to those who may follow it
        assertThat(as(REGISTRAR).get("/staff").text()).contains("href=\"/staff/inventories\"");
        assertThat(as(CURATOR).get("/staff").text()).doesNotContain("href=\"/staff/inventories\"");
    }

    @Test
    void aWholeInventoryThroughTheFormsWithItsReportAsPdfAndCsv() {
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 2);
        PageSession web = registrarSession();
        web.get("/staff/inventories");
        // a form without its CSRF token is refused
        assertThat(as(REGISTRAR).post("/staff/inventories?location=" + f.room().code()).status()).isEqualTo(403);

        Page started = web.post("/staff/inventories", List.of("location", "L:" + f.room().code().toLowerCase()));
        assertThat(started.status()).isEqualTo(302);
        Matcher m = NUMBER.matcher(started.location());
        assertThat(m.find()).as(started.location()).isTrue();
        String number = m.group(1);
        Page scanning = web.follow(started);
        assertThat(scanning.body()).contains(number, f.room().code(), "autofocus");

        // shelf 1's label, then its first object, and shelf 2's first object misplaced on shelf 1
        Page atShelf = web.follow(web.post("/staff/inventories/" + number + "/scans", List.of("code", f.shelf1().code(), "at", "")));
        assertThat(atShelf.body()).contains("name=\"at\" value=\"" + f.shelf1().code() + "\"");
        Page found = web.follow(web.post("/staff/inventories/" + number + "/scans",
                List.of("code", f.onShelf1().get(0), "at", f.shelf1().code())));
        assertThat(found.body()).contains("result-found", f.onShelf1().get(0));
        Page misplaced = web.follow(web.post("/staff/inventories/" + number + "/scans",
                List.of("code", f.onShelf2().get(0), "at", f.shelf1().code())));
        assertThat(misplaced.body()).contains("result-misplaced", f.shelf2().code());
        // a hostile label: kept as an unexpected label, shown as text
        String hostile = "<script>alert('x')</script>";
        Page unknown = web.follow(web.post("/staff/inventories/" + number + "/scans",
                List.of("code", hostile, "at", f.shelf1().code())));
        assertThat(unknown.body()).contains("result-unexpected", "&lt;script&gt;").doesNotContain(hostile);
        // an empty scan is refused with a message next to the field
        Page empty = web.follow(web.post("/staff/inventories/" + number + "/scans", List.of("code", " ", "at", f.shelf1().code())));
        assertThat(empty.body()).contains("field-error", "aria-invalid=\"true\"");

        Page report = web.get("/staff/inventories/" + number + "/report");
        assertThat(report.body()).contains(f.onShelf1().get(1), f.onShelf2().get(1), "outcome-missing", "outcome-misplaced");
        // completion is refused while discrepancies wait for a decision
        web.post("/staff/inventories/" + number + "/complete", List.of("version", String.valueOf(inventories.get(number).version())));
        assertThat(inventories.get(number).status()).isEqualTo(InventoryStatus.OPEN);

        web.get("/staff/inventories/" + number + "/report");
        web.post("/staff/inventories/" + number + "/decisions", List.of("key", f.onShelf2().get(0), "decision", "MOVED_HERE", "note", "留在第 1 層"));
        web.post("/staff/inventories/" + number + "/decisions", List.of("key", hostile, "decision", "NOTED"));
        web.post("/staff/inventories/" + number + "/confirm-missing", List.of("note", "全櫃找過"));
        assertThat(movements.history(f.onShelf2().get(0)).get(0).reason()).isEqualTo(MovementReason.INVENTORY);
        assertThat(movements.whereIs(f.onShelf2().get(0)).current().location().code()).isEqualTo(f.shelf1().code());
        web.get("/staff/inventories/" + number + "/report");
        Page done = web.follow(web.post("/staff/inventories/" + number + "/complete",
                List.of("version", String.valueOf(inventories.get(number).version()))));
        assertThat(done.body()).contains("id=\"status\">已完成<");
        // a stale form (an old version) is refused on a closed inventory, no change made
        assertThat(inventories.get(number).status()).isEqualTo(InventoryStatus.COMPLETED);

        Reply csv = as(REGISTRAR).get("/staff/inventories/" + number + "/report.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Cache-Control")).contains("no-store");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("盤點編號", f.onShelf1().get(1), "確認找不到", "全櫃找過");
        assertThat(text.lines().count()).isEqualTo(1 + 4 + 1); // header, 4 objects, 1 label
        Reply pdf = as(REGISTRAR).get("/staff/inventories/" + number + "/report.pdf");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String pdfText = PdfText.of(pdf.bytes());
        assertThat(pdfText).contains("盤點報告", "Inventory report", number, f.onShelf1().get(1), "找不到", "改記為此處");
    }

    @Test
    void theApiTakesAnInventoryWithProblemAnswers() {
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 1);
        Reply created = as(REGISTRAR).postJson("/api/v1/inventories", Map.of("location", f.shelf2().code()));
        assertThat(created.status()).isEqualTo(201);
        String number = created.json().get("inventory").get("number").asString();
        Reply joined = as(REGISTRAR).postJson("/api/v1/inventories", Map.of("location", f.shelf2().code()));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("joined").asBoolean()).isTrue();
        assertThat(as(CURATOR).postJson("/api/v1/inventories", Map.of("location", f.shelf1().code())).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/inventories/" + number).status()).isEqualTo(401);

        Reply misplaced = as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/scans", Map.of("scan", f.onShelf1().get(0)));
        assertThat(misplaced.status()).isEqualTo(200);
        assertThat(misplaced.json().get("item").get("outcome").asString()).isEqualTo("MISPLACED");
        Reply outside = as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/scans", Map.of("scan", "L:" + f.shelf1().code()));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outside.text()).contains("location-outside-inventory");

        Reply report = as(REGISTRAR).get("/api/v1/inventories/" + number);
        assertThat(report.json().get("counts").get("missing").asInt()).isEqualTo(1);
        Reply wrong = as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/decisions",
                Map.of("key", f.onShelf2().get(0), "decision", "NOTED"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("inventory-decision-mismatch");
        as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/decisions", Map.of("key", f.onShelf2().get(0), "decision", "CONFIRMED_MISSING"));
        as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/decisions", Map.of("key", f.onShelf1().get(0), "decision", "MOVED_HERE"));
        long version = inventories.get(number).version();
        assertThat(as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/complete", Map.of("version", version - 1)).status())
                .isEqualTo(409);
        Reply done = as(REGISTRAR).postJson("/api/v1/inventories/" + number + "/complete", Map.of("version", version));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(movements.whereIs(f.onShelf1().get(0)).current().location().code()).isEqualTo(f.shelf2().code());
    }

    @Test
    void whatAnInventoryRecordsReachesNoPublicSurface() {
        String marker = "INVMARK" + Long.toString(System.nanoTime(), 36).toUpperCase();
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 1);
        String published = "P" + marker.substring(7) + "/1";
        artifacts.create(new ArtifactData(published, Bilingual.of("公開的收音機", "Published radio"), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ArtifactStatus.PUBLISHED);
        LocationView secret = locations.create(new LocationData(marker, Bilingual.of("密室" + marker, "Vault " + marker),
                LocationKind.SHELF, f.shelf1().parentId(), null, null));
        String number = inventories.start(f.room().code()).inventory().number();
        inventories.scan(number, published, secret.code());
        inventories.scan(number, "LABEL-" + marker, secret.code());
        inventories.decide(number, published, Decision.MOVED_HERE, "註記" + marker);
        assertThat(movements.whereIs(published).current().location().code()).isEqualTo(marker);
        new PublicSurfaces(anonymous(), asAdmin()).objects(published).searchFor(marker, "密室")
                .assertNoneContains(marker, number);
    }

    @Test
    void onlyTheScanningPageMayUseTheCamera() {
        InventoryFixture f = InventoryFixture.make(locations, movements, artifacts, 1);
        String number = inventories.start(f.shelf1().code()).inventory().number();
        assertThat(as(REGISTRAR).get("/staff/inventories/" + number).header("Permissions-Policy"))
                .contains("camera=(self)").doesNotContain("camera=()");
        assertThat(as(REGISTRAR).get("/staff/inventories/" + number + "/report").header("Permissions-Policy")).contains("camera=()");
        assertThat(as(REGISTRAR).get("/staff/inventories").header("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void unknownInventoriesAreNotFound() {
        assertThat(as(REGISTRAR).get("/staff/inventories/INV-1999-9999").status()).isEqualTo(404);
        assertThat(as(REGISTRAR).get("/staff/inventories/INV-1999-9999/report.pdf").status()).isEqualTo(404);
    }
}
