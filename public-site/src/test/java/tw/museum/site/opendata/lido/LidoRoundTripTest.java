package tw.museum.site.opendata.lido;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.importer.ImportApplication;
import tw.museum.importer.ImportTool;
import tw.museum.site.opendata.OpenDataTestBase;

/**
 * Issue 8's round trip: published records exported as LIDO over real HTTP, imported by the import tool
 * into an EMPTY museum database, and the public data of each compared field by field. What LIDO does not
 * carry by design is left out of the comparison and named here: database ids (makers and places are
 * compared by name), times, media (exported as links to this museum's images) and external links.
 */
class LidoRoundTripTest extends OpenDataTestBase {

    @TempDir
    Path work;

    @Autowired
    ArtifactService artifacts;

    @Autowired
    ObjectMapper json;

    @Test
    void exportedLidoImportsIntoAnEmptyMuseumWithTheSamePublicData() throws Exception {
        long maker = agent("李天祿", "Li Tian-lu");
        long place = place("臺南市", "Tainan");
        List<String> numbers = new ArrayList<>();
        numbers.add(published(unique("RT") + "/3/23", "電報機", Map.ofEntries(
                Map.entry("objectName", term("object-name", "電報機", "telegraph")),
                Map.entry("classification", term("classification", "通訊", "communication")),
                Map.entry("description", Map.of("zh", "黃銅電報機", "en", "A brass telegraph")),
                Map.entry("productionDate", Map.of("display", Map.of("zh", "約1930年代", "en", "c. 1930s"),
                        "earliestYear", 1930, "latestYear", 1939)),
                Map.entry("productionPlaceId", place),
                Map.entry("makers", List.of(Map.of("agentId", maker, "role", Map.of("zh", "製造者", "en", "manufacturer")))),
                Map.entry("materials", List.of(term("material", "黃銅", "brass"), term("material", "木", "wood"))),
                Map.entry("techniques", List.of(term("technique", "鑄造", "casting"))),
                Map.entry("subjects", List.of(term("subject", "電信", "telecommunication"))),
                Map.entry("dimensions", List.of(Map.of("aspect", "height", "value", 12.5, "unit", "cm",
                        "part", Map.of("zh", "本體", "en", "body")), Map.of("aspect", "width", "value", 30, "unit", "cm"))),
                Map.entry("inscription", Map.of("zh", "大日本", "en", "Great Japan")),
                Map.entry("provenance", Map.of("zh", "交通部移撥", "en", "Transferred by the Ministry")),
                Map.entry("creditLine", Map.of("zh", "交通部捐贈", "en", "Gift of the Ministry of Transportation")),
                Map.entry("licence", "https://creativecommons.org/licenses/by/4.0/"),
                Map.entry("rightsStatement", Map.of("zh", "姓名標示", "en", "Attribution")))));
        numbers.add(published(unique("RT-MIN"), "最少欄位", Map.of()));
        numbers.add(published(unique("RT-ZH"), "只有中文", Map.of("title", Map.of("zh", "只有中文"),
                "makers", List.of(Map.of("agentId", maker)),
                "productionDate", Map.of("display", Map.of("zh", "民國54年"), "earliestYear", 1965, "latestYear", 1965))));
        String draft = draft(unique("RT-DRAFT"), DRAFT_TITLE, Map.of());

        // the export, over HTTP as an aggregator would fetch it, gathered into one lidoWrap
        StringBuilder wrap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lido:lidoWrap xmlns:lido=\"http://www.lido-schema.org\">\n");
        for (String number : numbers) {
            wrap.append(anonymous().get("/opendata/lido/" + path(number)).text().replaceFirst("<\\?xml[^>]*\\?>", ""));
        }
        wrap.append("</lido:lidoWrap>\n");
        assertThat(anonymous().get("/opendata/lido/" + path(draft)).status()).isEqualTo(404);
        Path export = work.resolve("export.lido.xml");
        Files.writeString(export, wrap, StandardCharsets.UTF_8);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ImportTool.execute(new String[] {export.toString(), "--data-dir", work.resolve("empty").toString(),
                "--errors", work.resolve("errors.jsonl").toString(), "--lang=en"}, out, out);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isZero();
        assertThat(output).contains("3 created", "0 failed");

        try (ConfigurableApplicationContext imported = new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("empty/db/museum")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.datasource.username=museum", "--museum.admin.bootstrap=false",
                        "--museum.media.store-dir=" + work.resolve("empty/media"), "--logging.level.root=WARN")) {
            ArtifactService copy = imported.getBean(ArtifactService.class);
            assertThat(copy.count()).isEqualTo(3);
            for (String number : numbers) {
                PublicArtifactView original = artifacts.findPublished(number).orElseThrow();
                PublicArtifactView roundTripped = copy.findPublished(number).orElseThrow();
                assertThat(publicData(roundTripped)).as(number).isEqualTo(publicData(original));
            }
            assertThat(copy.exists(draft)).isFalse();
        }
    }

    /** The public view as JSON, less what differs by nature between two databases or LIDO does not carry. */
    private String publicData(PublicArtifactView v) {
        ObjectNode node = json.valueToTree(v);
        node.remove(List.of("publishedAt", "updatedAt", "media", "links"));
        node.withArray("makers").forEach(m -> ((ObjectNode) m).remove("agentId"));
        if (node.get("productionPlace") instanceof ObjectNode place) {
            place.remove("id");
        }
        node.withArray("dimensions").forEach(d -> ((ObjectNode) d).put("value",
                ((ObjectNode) d).get("value").decimalValue().stripTrailingZeros().toPlainString()));
        return node.toPrettyString();
    }
}
