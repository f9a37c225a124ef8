package tw.museum.site.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.batch.BatchEditService;
import tw.museum.catalog.batch.BatchStatus;
import tw.museum.catalog.batch.BatchWorker;
import tw.museum.catalog.common.Bilingual;
import tw.museum.site.healthcheck.PageSession;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.healthcheck.PageSession.Upload;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.support.MuseumTestBase;

/**
 * The batch pages over real HTTP with a signed-in session: records chosen by a CSV file (quoted cells, a header,
 * a hostile file name) and by a pasted list, a binary file refused with a clear message, the CSV of a batch,
 * the artifact's history naming the batch, and who may do what.
 */
class BatchPagesTest extends MuseumTestBase {

    private static final Pattern BATCH = Pattern.compile("/staff/batches/(BE-\\d{4}-\\d{4})");

    @Autowired ArtifactService artifacts;
    @Autowired BatchEditService batches;
    @Autowired BatchWorker worker;
    @Autowired tw.museum.catalog.location.LocationService locations;

    String a;
    String b;

    @BeforeEach
    void records() {
        a = "PG/" + System.nanoTime();
        b = "PG/" + System.nanoTime() + "/2";
        for (String n : List.of(a, b)) {
            artifacts.create(new ArtifactData(n, Bilingual.of("收音機 " + n, null), null, null, null, null, null, null,
                    null, null, null, null, null, null, Bilingual.of("舊的致謝", null), null, null, null, null, null));
        }
    }

    private PageSession curator() {
        PageSession session = new PageSession(port).signIn(CURATOR, PASSWORD);
        assertThat(session.get("/staff/batches/new?field=creditLine").status()).isEqualTo(200);
        return session;
    }

    private static String number(Page redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Matcher m = BATCH.matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return m.group(1);
    }

    @Test
    void recordsChosenByACsvFileArePreviewedAndTheFileNameIsOnlyText() {
        PageSession session = curator();
        String csv = "\uFEFF藏品編號,名稱\r\n\"" + a + "\",\"收音機, 木殼\"\r\n" + b + ",x\r\nNOT-IN-CATALOGUE,y\r\n";
        Page created = session.postMultipart("/staff/batches", List.of("field", "creditLine", "operation", "SET",
                        "text.zh", "王大明 捐贈", "text.en", "Gift of Wang", "source", "FILE"),
                List.of(new Upload("file", "../../etc/<b>list.csv", csv.getBytes(StandardCharsets.UTF_8))));
        String number = number(created);
        worker.runPending();

        Page show = session.get("/staff/batches/" + number);
        assertThat(show.status()).isEqualTo(200);
        assertThat(show.body()).contains(a, b, "王大明 捐贈 / Gift of Wang", "舊的致謝", "NOT-IN-CATALOGUE")
                .contains("檔案「&lt;b&gt;list.csv」").doesNotContain("<b>list").doesNotContain("../");
        assertThat(batches.get(number).status()).isEqualTo(BatchStatus.PREVIEWED);
        assertThat(batches.get(number).total()).isEqualTo(3);

        // apply, and the artifact's history names the batch with a link to it
        Page applied = session.post("/staff/batches/" + number + "/apply",
                List.of("version", Long.toString(batches.get(number).version())));
        assertThat(applied.status()).isEqualTo(302);
        worker.runPending();
        assertThat(artifacts.get(a).creditLine()).isEqualTo(Bilingual.of("王大明 捐贈", "Gift of Wang"));
        Page history = session.get("/staff/artifacts/" + StaffPages.segment(a) + "/history");
        assertThat(history.body()).contains("href=\"/staff/batches/" + number + "\"");

        PageSession.Download download = session.download("/staff/batches/" + number + "/records.csv");
        String text = new String(download.bytes(), StandardCharsets.UTF_8);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(text).contains(a, "舊的致謝", "王大明 捐贈 / Gift of Wang", "NOT-IN-CATALOGUE");
    }

    @Test
    void aBinaryFileIsRefusedWithAClearMessageAndNothingIsMade() {
        PageSession session = curator();
        long before = batches.list(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff, (byte) 0xfe};
        Page refused = session.postMultipart("/staff/batches", List.of("field", "creditLine", "operation", "CLEAR",
                "source", "FILE"), List.of(new Upload("file", "photo.csv", png)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains(message("problem.batch-file-unreadable"));
        assertThat(batches.list(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aPastedListKeepsEachLineWholeAndTakesTheFirstCellOfASpreadsheetRow() {
        PageSession session = curator();
        Page created = session.post("/staff/batches", List.of("field", "creditLine", "operation", "CLEAR", "source", "LIST",
                "numbers", "  " + a + "\t收音機\t1965\n\n" + b + "\r\nA, B 3\n"));
        String number = number(created);
        worker.runPending();
        var items = batches.items(number, null, org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
        assertThat(items).extracting(i -> i.objectNumber()).containsExactly(a, b, "A, B 3");
    }

    @Test
    void theLocationFormOffersActiveLocationsAndReasonsToRegistrarsOnly() {
        String code = "PGL-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        locations.create(new tw.museum.catalog.location.LocationData(code, Bilingual.of("修護室", "Conservation studio"),
                tw.museum.catalog.location.LocationKind.WORKROOM, null, null, null));
        if (!users.exists("registrar.pages")) {
            users.create("registrar.pages", PASSWORD, "Registrar Kao", java.util.EnumSet.of(tw.museum.catalog.user.StaffRole.REGISTRAR));
        }
        assertThat(curator().get("/staff/batches/new").body()).as("curators catalogue; moving is the registrars'")
                .doesNotContain("value=\"location\"");
        PageSession registrar = new PageSession(port).signIn("registrar.pages", PASSWORD);
        Page form = registrar.get("/staff/batches/new?field=location");
        assertThat(form.body()).contains("<option value=\"" + code + "\">修護室</option>", "name=\"reason\"",
                "value=\"CONSERVATION\"").doesNotContain("value=\"MIGRATED\"");
        Page refused = registrar.post("/staff/batches", List.of("field", "location", "operation", "SET", "codes", "NO-SUCH",
                "reason", "CONSERVATION", "source", "LIST", "numbers", a));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains(message("problem.batch-unknown-location").replace("{0}", "NO-SUCH"));
        String number = number(registrar.post("/staff/batches", List.of("field", "location", "operation", "SET",
                "codes", code.toLowerCase(), "reason", "CONSERVATION", "source", "LIST", "numbers", a + "\n" + b)));
        worker.runPending();
        Page show = registrar.get("/staff/batches/" + number);
        assertThat(show.body()).contains("修護室 (" + code + ")", "id=\"batch-reason\">修護</span>");
    }

    @Test
    void conservatorsReadBatchesButCannotMakeOne() {
        PageSession conservator = new PageSession(port).signIn(CONSERVATOR, PASSWORD);
        Page list = conservator.get("/staff/batches");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("id=\"new-batch\"");
        assertThat(conservator.get("/staff/batches/new").body()).doesNotContain("value=\"creditLine\"");
        Page refused = conservator.post("/staff/batches", List.of("field", "creditLine", "operation", "CLEAR",
                "source", "LIST", "numbers", a));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new PageSession(port).get("/staff/batches").status()).as("signed out: to the sign-in page").isEqualTo(302);
    }

    private String message(String key) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(
                messages.getMessage(key, null, java.util.Locale.TRADITIONAL_CHINESE));
    }

    @Autowired org.springframework.context.MessageSource messages;
}
