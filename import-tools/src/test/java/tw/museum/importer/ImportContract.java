package tw.museum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;

/**
 * The import tool run as a person runs it (its main entry point, real files, a real database), written
 * once and run on H2 and on PostgreSQL. Real M+ records from ../shared/data/mplus.
 */
abstract class ImportContract {

    @TempDir
    Path work;

    /** Arguments that point the tool at the database under test. */
    abstract List<String> databaseArguments();

    /** The same database, opened by the catalogue, for checking what the tool did. */
    abstract String[] springDatabaseArguments();

    record Run(int exitCode, String output) {
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseArguments());
        all.add("--lang=en");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ImportTool.execute(all.toArray(String[]::new), out, out);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    void inCatalogue(Consumer<ConfigurableApplicationContext> check) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springDatabaseArguments())) {
            check.accept(context);
        }
    }

    static Path mplus(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data/mplus").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("The M+ data (shared/data/mplus beside the repository) is missing");
    }

    /** The first {@code count} M+ records, as a JSON Lines file. */
    Path mplusObjects(int count) throws IOException {
        Path file = work.resolve("objects.jsonl");
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(mplus("objects.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < count && (line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        Files.copy(mplus("constituents.jsonl.gz"), work.resolve("constituents.jsonl.gz"));
        return file;
    }

    static Path mplusMapping() {
        Path dir = Path.of("").toAbsolutePath();
        Path mapping = dir.resolve("mappings/mplus-objects.yaml");
        return Files.exists(mapping) ? mapping : dir.resolve("import-tools/mappings/mplus-objects.yaml");
    }

    Path write(String name, String text, Charset charset) throws IOException {
        Path file = work.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    static final String CSV_MAPPING = """
            format: csv
            encoding: %s
            publish: false
            fields:
              objectNumber: 編號
              title.zh: 名稱
              title.en: title
              productionDate.display.zh: 年代
            vocabularies:
              materials: { zh: 材質 }
            """;

    @Test
    void importsRealMplusRecordsCompletelyAndAgainWithoutChanges() throws IOException {
        Path source = mplusObjects(120);
        Path errors = work.resolve("errors.jsonl");
        Run first = run(source.toString(), "-m", mplusMapping().toString(), "--errors", errors.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("120 created, 0 updated, 0 unchanged, 0 failed");
        assertThat(errors).doesNotExist();

        Run again = run(source.toString(), "-m", mplusMapping().toString(), "--errors", errors.toString());
        assertThat(again.output()).contains("0 created, 0 updated, 120 unchanged, 0 failed");

        inCatalogue(context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            assertThat(artifacts.countByStatus(ArtifactStatus.PUBLISHED)).isEqualTo(120);
            ArtifactView photo = artifacts.get("2012.1799");
            assertThat(photo.title().zh()).isEqualTo("上環高陞街");
            assertThat(photo.classification().label().en()).isEqualTo("Photography");
            assertThat(photo.makers()).singleElement().satisfies(m -> assertThat(m.role().en()).isEqualTo("Artist"));
            assertThat(photo.version()).isZero(); // created published in one step; the second run changed nothing
            assertThat(context.getBean(AgentService.class).findByExternalId("mplus:378")).isPresent();
        });
    }

    @Test
    void dryRunChecksEverythingAndChangesNothing() throws IOException {
        Path csv = write("dry.csv", "編號,名稱,title,年代,材質\nD-1,電話,telephone,民國50年,銅\nD-2,,no title,1960,\n",
                StandardCharsets.UTF_8);
        Path mapping = write("dry.yaml", CSV_MAPPING.formatted("auto"), StandardCharsets.UTF_8);
        Path errors = work.resolve("dry.errors.csv");
        Run dry = run(csv.toString(), "-m", mapping.toString(), "--dry-run", "--errors", errors.toString());
        assertThat(dry.exitCode()).isEqualTo(1);
        assertThat(dry.output()).contains("Dry run", "1 created", "1 failed");
        assertThat(Files.readString(errors)).contains("D-2", "title.zh required");
        inCatalogue(context -> assertThat(context.getBean(ArtifactService.class).exists("D-1")).isFalse());
    }

    @Test
    void badRowsAreSkippedWithReasonsAndTheCorrectedFileImports() throws IOException {
        Path csv = write("rows.csv", """
                編號,名稱,title,年代,材質,無關欄位
                R-1,收音機,radio,民國54年,木,x
                R-2,,no chinese title,1965,,x
                R-1,重複,duplicate,1966,,x
                ../etc,路徑,path,1960,,x
                R-3,電視機,television,1970年代,塑膠,x
                """, StandardCharsets.UTF_8);
        Path mapping = write("rows.yaml", CSV_MAPPING.formatted("auto"), StandardCharsets.UTF_8);
        Path errors = work.resolve("rows.errors.csv");
        Run result = run(csv.toString(), "-m", mapping.toString(), "--errors", errors.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("2 created", "3 failed");
        String report = Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFF").contains("title.zh required", "duplicate-in-file",
                "objectNumber object-number-format");

        // the error file, corrected, imports with the same mapping (its extra column is ignored)
        Path corrected = write("corrected.csv", report.replace("R-2,,", "R-2,無中文名,")
                .lines().filter(l -> !l.contains("duplicate-in-file") && !l.contains("../etc"))
                .reduce("", (a, b) -> a + b + "\n"), StandardCharsets.UTF_8);
        Run fixed = run(corrected.toString(), "-m", mapping.toString(), "--errors", work.resolve("again.csv").toString());
        assertThat(fixed.output()).as(fixed.output()).contains("1 created", "0 failed");
        inCatalogue(context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            assertThat(artifacts.get("R-1").productionDate().earliestYear()).isEqualTo(1965);
            assertThat(artifacts.get("R-2").title().zh()).isEqualTo("無中文名");
            assertThat(artifacts.get("R-3").materials()).extracting(t -> t.label().zh()).containsExactly("塑膠");
            assertThat(artifacts.get("R-1").title().zh()).isEqualTo("收音機"); // the duplicate row did not overwrite it
        });
    }

    @Test
    void encodingsAreDetectedOrRefusedClearly() throws IOException {
        String text = "編號,名稱,title,年代,材質\nE-1,臺灣電話機,telephone,民國50年,銅\n";
        Path mapping = write("auto.yaml", CSV_MAPPING.formatted("auto"), StandardCharsets.UTF_8);

        Path big5 = write("big5.csv", text, Charset.forName("Big5"));
        Run refused = run(big5.toString(), "-m", mapping.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("not valid UTF-8", "Big5");

        Path big5Mapping = write("big5.yaml", CSV_MAPPING.formatted("Big5"), StandardCharsets.UTF_8);
        assertThat(run(big5.toString(), "-m", big5Mapping.toString()).output()).contains("1 created", "0 failed");

        byte[] utf16 = ("\uFEFF" + text.replace("E-1", "E-2")).getBytes(StandardCharsets.UTF_16LE);
        Path utf16File = work.resolve("utf16.csv");
        Files.write(utf16File, utf16);
        assertThat(run(utf16File.toString(), "-m", mapping.toString()).output()).contains("1 created", "0 failed");
        inCatalogue(context -> {
            assertThat(context.getBean(ArtifactService.class).get("E-1").title().zh()).isEqualTo("臺灣電話機");
            assertThat(context.getBean(ArtifactService.class).get("E-2").title().zh()).isEqualTo("臺灣電話機");
        });
    }

    @Test
    void aMappingThatNamesUnknownFieldsIsRefusedBeforeAnythingIsImported() throws IOException {
        Path csv = write("m.csv", "編號,名稱\nM-1,鐘\n", StandardCharsets.UTF_8);
        Path mapping = write("bad.yaml", "format: csv\nfields:\n  objectNumber: 編號\n  titel.zh: 名稱\n", StandardCharsets.UTF_8);
        Run result = run(csv.toString(), "-m", mapping.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown field 'titel.zh'");
    }

    @Test
    void aStoppedRunResumesAfterItsCheckpointAndMalformedLinesAreReported() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            lines.append(i == 12 ? "{not json\n" : "{\"no\": \"K-" + i + "\", \"t\": \"物件" + i + "\"}\n");
        }
        Path source = write("k.jsonl", lines.toString(), StandardCharsets.UTF_8);
        Path mapping = write("k.yaml", "format: jsonl\nfields:\n  objectNumber: no\n  title.zh: t\n", StandardCharsets.UTF_8);
        // the run that was killed had finished line 20 and checkpointed it
        Files.writeString(Path.of("k.jsonl.import-checkpoint"), "20");
        try {
            Run resumed = run(source.toString(), "-m", mapping.toString(), "--resume", "--errors",
                    work.resolve("k.errors.jsonl").toString());
            assertThat(resumed.output()).contains("10 created", "20 skipped");
            assertThat(Path.of("k.jsonl.import-checkpoint")).doesNotExist();

            Run full = run(source.toString(), "-m", mapping.toString(), "--errors", work.resolve("k2.jsonl").toString());
            assertThat(full.output()).contains("19 created", "10 unchanged", "1 failed");
            assertThat(Files.readString(work.resolve("k2.jsonl"))).contains("line/row 12", "malformed-record");
        } finally {
            Files.deleteIfExists(Path.of("k.jsonl.import-checkpoint"));
        }
    }
}
