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

    /** A second, empty database (the kill-and-resume test compares against an uninterrupted run). */
    abstract List<String> otherDatabaseArguments();

    abstract String[] otherSpringDatabaseArguments();

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
        inCatalogue(springDatabaseArguments(), check);
    }

    static void inCatalogue(String[] database, Consumer<ConfigurableApplicationContext> check) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(database)) {
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
            assertThat(artifacts.history("2012.1799")).hasSize(1); // one audit entry: its creation
            // every created record is in the change feed once (the museum's indexer takes them from there)
            tw.museum.catalog.change.ChangeFeed feed = context.getBean(tw.museum.catalog.change.ChangeFeed.class);
            assertThat(feed.backlog(tw.museum.catalog.change.ChangeFeed.ARTIFACT)).isEqualTo(120);
            // the makers it created are there too, for the search entries of people
            assertThat(feed.backlog(tw.museum.catalog.change.ChangeFeed.AGENT)).isPositive();
            assertThat(context.getBean(AgentService.class).findByExternalId("mplus:378")).isPresent();
        });
    }

    @Test
    void realWorldObjectNumbersImportAndPathTricksAreReportedNotImported() throws IOException {
        List<String> numbers = tw.museum.catalog.support.RealWorldObjectNumbers.ACCEPTED;
        List<String> lines = Files.readAllLines(mplusObjects(numbers.size() + 1), StandardCharsets.UTF_8);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> rewritten = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var record = (tools.jackson.databind.node.ObjectNode) json.readTree(lines.get(i));
            record.put("objectNumber", i < numbers.size() ? numbers.get(i) : "../../etc/passwd");
            rewritten.add(json.writeValueAsString(record));
        }
        Path source = work.resolve("numbers.jsonl");
        Files.write(source, rewritten, StandardCharsets.UTF_8);
        Path errors = work.resolve("numbers.errors.jsonl");
        Run run = run(source.toString(), "-m", mplusMapping().toString(), "--errors", errors.toString());
        assertThat(run.output()).contains(numbers.size() + " created, 0 updated, 0 unchanged, 1 failed");
        assertThat(Files.readString(errors)).contains("../../etc/passwd");
        inCatalogue(context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            for (String number : numbers) {
                assertThat(artifacts.get(number).objectNumber()).isEqualTo(number);
            }
            assertThat(artifacts.exists("../../etc/passwd")).isFalse();
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

    @Test
    void anXlsxWorkbookImportsWithTheSameMappingAsACsv() throws IOException {
        Path book = work.resolve("catalogue.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("目錄");
            Object[][] rows = {
                    {"編號", "名稱", "title", "年代", "材質", "備註"},
                    {"X-1", "收音機", "radio", 1965, "木", "unknown column"},
                    {"X-2", null, "no chinese title", 1966, null, null},
                    {null, null, null, null, null, null},
                    {"X-1", "重複", "duplicate", 1967, null, null},
                    {"X-3", "電視機", "television", "1970", "塑膠", null}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n); // a number cell: must arrive as "1965", not "1965.0"
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(book)) {
                workbook.write(out);
            }
        }
        Path mapping = write("x.yaml", CSV_MAPPING.formatted("auto").replace("  productionDate.display.zh: 年代\n",
                "  productionDate.display.zh: 年代\n  productionDate.earliestYear: 年代\n"), StandardCharsets.UTF_8);
        Path errors = work.resolve("x.errors.jsonl");
        Run result = run(book.toString(), "-m", mapping.toString(), "--errors", errors.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("2 created", "2 failed");
        assertThat(Files.readString(errors)).contains("title.zh required", "duplicate-in-file", "line/row 5");
        inCatalogue(context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            assertThat(artifacts.get("X-1").title().zh()).isEqualTo("收音機");
            assertThat(artifacts.get("X-1").productionDate().earliestYear()).isEqualTo(1965);
            assertThat(artifacts.get("X-3").materials()).extracting(t -> t.label().zh()).containsExactly("塑膠");
        });
    }

    static final String LIDO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lido:lidoWrap xmlns:lido="http://www.lido-schema.org">
            %s
            </lido:lidoWrap>
            """;

    static String lidoRecord(String number, String titleZh, String titleEn) {
        return """
                <lido:lido><lido:lidoRecID lido:type="local" lido:source="nstm">%1$s</lido:lidoRecID>
                <lido:descriptiveMetadata xml:lang="zh-Hant">
                 <lido:objectClassificationWrap>
                  <lido:objectWorkTypeWrap><lido:objectWorkType>
                   <lido:conceptID lido:type="local" lido:source="object-name">radio</lido:conceptID>
                   <lido:term xml:lang="zh-Hant">收音機</lido:term><lido:term xml:lang="en">Radio</lido:term>
                  </lido:objectWorkType></lido:objectWorkTypeWrap>
                 </lido:objectClassificationWrap>
                 <lido:objectIdentificationWrap>
                  <lido:titleWrap><lido:titleSet>%2$s%3$s</lido:titleSet></lido:titleWrap>
                  <lido:repositoryWrap><lido:repositorySet lido:type="current">
                   <lido:workID lido:type="inventory number">%1$s</lido:workID></lido:repositorySet></lido:repositoryWrap>
                  <lido:objectMeasurementsWrap><lido:objectMeasurementsSet><lido:objectMeasurements><lido:measurementsSet>
                   <lido:measurementType xml:lang="en">height</lido:measurementType>
                   <lido:measurementUnit xml:lang="en">cm</lido:measurementUnit>
                   <lido:measurementValue>32.5</lido:measurementValue></lido:measurementsSet>
                  </lido:objectMeasurements></lido:objectMeasurementsSet></lido:objectMeasurementsWrap>
                 </lido:objectIdentificationWrap>
                 <lido:eventWrap><lido:eventSet><lido:event>
                  <lido:eventActor><lido:actorInRole><lido:actor>
                   <lido:actorID lido:type="local" lido:source="nstm">agent-7</lido:actorID>
                   <lido:nameActorSet><lido:appellationValue xml:lang="zh-Hant">大同公司</lido:appellationValue>
                   <lido:appellationValue xml:lang="en">Tatung</lido:appellationValue></lido:nameActorSet></lido:actor>
                   <lido:roleActor><lido:term xml:lang="zh-Hant">製造者</lido:term><lido:term xml:lang="en">Manufacturer</lido:term></lido:roleActor>
                  </lido:actorInRole></lido:eventActor>
                  <lido:eventDate><lido:displayDate xml:lang="zh-Hant">民國54年</lido:displayDate>
                   <lido:date><lido:earliestDate>1965</lido:earliestDate><lido:latestDate>1965</lido:latestDate></lido:date></lido:eventDate>
                  <lido:eventPlace><lido:place><lido:namePlaceSet><lido:appellationValue xml:lang="zh-Hant">臺北</lido:appellationValue>
                   <lido:appellationValue xml:lang="en">Taipei</lido:appellationValue></lido:namePlaceSet></lido:place></lido:eventPlace>
                  <lido:eventMaterialsTech><lido:materialsTech><lido:termMaterialsTech lido:type="material">
                   <lido:conceptID lido:type="local" lido:source="material">wood</lido:conceptID>
                   <lido:term xml:lang="zh-Hant">木</lido:term><lido:term xml:lang="en">Wood</lido:term>
                  </lido:termMaterialsTech></lido:materialsTech></lido:eventMaterialsTech>
                 </lido:event></lido:eventSet></lido:eventWrap>
                </lido:descriptiveMetadata>
                <lido:administrativeMetadata xml:lang="zh-Hant"><lido:rightsWorkWrap><lido:rightsWorkSet>
                 <lido:rightsType><lido:conceptID lido:type="URI">https://creativecommons.org/licenses/by/4.0/</lido:conceptID></lido:rightsType>
                 <lido:creditLine xml:lang="zh-Hant">國立科學工藝博物館典藏</lido:creditLine></lido:rightsWorkSet></lido:rightsWorkWrap>
                </lido:administrativeMetadata></lido:lido>
                """.formatted(number,
                titleZh == null ? "" : "<lido:appellationValue xml:lang=\"zh-Hant\">" + titleZh + "</lido:appellationValue>",
                titleEn == null ? "" : "<lido:appellationValue xml:lang=\"en\">" + titleEn + "</lido:appellationValue>");
    }

    @Test
    void lidoImportsWithoutAMappingCreatingMakersPlacesAndTermsWithTheirCodes() throws IOException {
        Path lido = write("records.lido.xml", LIDO.formatted(lidoRecord("L-1", "大同收音機", "Tatung radio")
                + lidoRecord("L-2", null, null) + lidoRecord("L-3", "第二台", null)), StandardCharsets.UTF_8);
        Path errors = work.resolve("lido.errors.jsonl");
        Run result = run(lido.toString(), "--errors", errors.toString());
        assertThat(result.output()).contains("2 created", "1 failed");
        assertThat(Files.readString(errors)).contains("title.zh required");
        Run again = run(lido.toString(), "--errors", errors.toString());
        assertThat(again.output()).contains("0 created", "0 updated", "2 unchanged");
        inCatalogue(context -> {
            ArtifactView radio = context.getBean(ArtifactService.class).get("L-1");
            assertThat(radio.status()).isEqualTo(ArtifactStatus.PUBLISHED);
            assertThat(radio.title()).isEqualTo(tw.museum.catalog.common.Bilingual.of("大同收音機", "Tatung radio"));
            assertThat(radio.objectName().code()).isEqualTo("radio");
            assertThat(radio.materials()).extracting(t -> t.code()).containsExactly("wood");
            assertThat(radio.makers()).singleElement().satisfies(m -> {
                assertThat(m.name().en()).isEqualTo("Tatung");
                assertThat(m.role().zh()).isEqualTo("製造者");
            });
            assertThat(radio.productionPlace().name().en()).isEqualTo("Taipei");
            assertThat(radio.dimensions()).singleElement().satisfies(d ->
                    assertThat(d.value()).isEqualByComparingTo("32.5"));
            assertThat(radio.productionDate().earliestYear()).isEqualTo(1965);
            assertThat(radio.licence()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            // both records name the same maker and place: one authority record each
            ArtifactView second = context.getBean(ArtifactService.class).get("L-3");
            assertThat(second.makers().get(0).agentId()).isEqualTo(radio.makers().get(0).agentId());
            assertThat(second.productionPlace().id()).isEqualTo(radio.productionPlace().id());
        });
    }

    @Test
    void aFolderOfImagesAndDocumentsIsMatchedByFileNameWithMetadataAndACorruptImageIsReported() throws IOException {
        Path csv = write("objs.csv", "編號,名稱\nCA13/3/23,電話機\nD-1,報告\n", StandardCharsets.UTF_8);
        Path mapping = write("objs.yaml", CSV_MAPPING.formatted("auto"), StandardCharsets.UTF_8);
        assertThat(run(csv.toString(), "-m", mapping.toString()).output()).contains("2 created");

        Path folder = Files.createDirectories(work.resolve("scans/sub"));
        TestFiles.jpegWithXmp(folder.resolve("CA13_3_23-2.jpg"), java.awt.Color.RED, "王小明", "© 國立科學工藝博物館", "2019-05-04T10:00:00");
        TestFiles.jpegWithXmp(folder.getParent().resolve("CA13_3_23.jpg"), java.awt.Color.BLUE, "陳大文", "CC BY 4.0", "2018-01-02T09:00:00");
        TestFiles.corruptJpeg(folder.resolve("CA13_3_23-3.jpg"));
        TestFiles.jpegWithXmp(folder.resolve("NOPE-1.jpg"), java.awt.Color.GREEN, "x", "y", "2018-01-02T09:00:00");
        TestFiles.pdf(folder.resolve("D-1.pdf"), "Condition report", "Conservation lab", "Cracks in the lacquer");
        TestFiles.docx(folder.resolve("D-1-2.docx"), "Registrar", "Loan agreement draft");
        Path errors = work.resolve("scans.errors.jsonl");

        Run result = run(work.resolve("scans").toString(), "--images", "--errors", errors.toString());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("4 attached", "0 unchanged", "2 failed");
        String report = Files.readString(errors);
        assertThat(report).contains("CA13_3_23-3.jpg", "NOPE-1.jpg", "no-matching-artifact");

        Run again = run(work.resolve("scans").toString(), "--documents", "--errors", errors.toString());
        assertThat(again.output()).contains("0 attached", "4 unchanged", "2 failed");

        inCatalogue(context -> {
            var media = context.getBean(tw.museum.catalog.media.MediaService.class);
            var metadata = context.getBean(tw.museum.catalog.media.MediaMetadataStore.class);
            var images = media.list("CA13/3/23");
            assertThat(images).extracting(m -> m.filename()).containsExactly("CA13_3_23.jpg", "CA13_3_23-2.jpg");
            assertThat(images.get(0).primary()).isTrue();
            var first = metadata.find(images.get(0).id()).orElseThrow();
            assertThat(first.creator()).isEqualTo("陳大文");
            assertThat(first.copyright()).isEqualTo("CC BY 4.0");
            assertThat(first.capturedAt()).startsWith("2018-01-02");
            var docs = media.list("D-1");
            assertThat(docs).extracting(m -> m.kind().name()).containsOnly("DOCUMENT");
            var pdf = metadata.find(docs.get(0).id()).orElseThrow();
            assertThat(pdf.title()).isEqualTo("Condition report");
            assertThat(pdf.pageCount()).isEqualTo(2);
            assertThat(pdf.text()).contains("Cracks in the lacquer page 2");
            assertThat(pdf.pages()).as("pages kept apart for IIIF Content Search").hasSize(2);
            assertThat(pdf.pages().get(0)).contains("page 1").doesNotContain("page 2");
            assertThat(pdf.pages().get(1)).contains("page 2");
            assertThat(metadata.find(docs.get(1).id()).orElseThrow().text()).contains("Loan agreement draft");
        });
    }

    @Test
    void anImportKilledMidRunAndResumedEndsWithTheSameDataAsAnUninterruptedOne() throws Exception {
        Path source = mplusObjects(800);
        Path mapping = mplusMapping();
        // the run that is killed: a real separate JVM, stopped hard once it has checkpointed some batches
        List<String> args = new ArrayList<>(List.of(source.toString(), "-m", mapping.toString(), "--batch-size", "20",
                "--errors", work.resolve("killed.errors.jsonl").toString(), "--lang=en"));
        args.addAll(databaseArguments());
        Path checkpoint = work.resolve("objects.jsonl.import-checkpoint");
        Process killed = java(args);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (readLong(checkpoint) < 200 && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(killed.isAlive()).as("the import was still running when it was killed").isTrue();
        killed.destroyForcibly().waitFor();
        long stoppedAt = readLong(checkpoint);
        assertThat(stoppedAt).isBetween(200L, 799L);

        List<String> resume = new ArrayList<>(args);
        resume.add("--resume");
        Process resumed = java(resume);
        String output = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(resumed.waitFor()).as(output).isZero();
        assertThat(output).contains(stoppedAt + " skipped", "0 failed");
        assertThat(checkpoint).doesNotExist();

        List<String> whole = new ArrayList<>(List.of(source.toString(), "-m", mapping.toString(), "--lang=en",
                "--errors", work.resolve("whole.errors.jsonl").toString()));
        whole.addAll(otherDatabaseArguments());
        assertThat(ImportTool.execute(whole.toArray(String[]::new), System.out, System.out)).isZero();

        tools.jackson.databind.json.JsonMapper lines = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> numbers = Files.readAllLines(source).stream()
                .map(l -> lines.readTree(l).path("objectNumber").asString()).toList();
        java.util.Map<String, String> interrupted = new java.util.HashMap<>();
        inCatalogue(context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            assertThat(artifacts.count()).isEqualTo(800); // nothing missing, nothing twice
            numbers.forEach(n -> interrupted.put(n, comparable(context, artifacts.get(n))));
        });
        inCatalogue(otherSpringDatabaseArguments(), context -> {
            ArtifactService artifacts = context.getBean(ArtifactService.class);
            assertThat(artifacts.count()).isEqualTo(800);
            numbers.forEach(n -> assertThat(comparable(context, artifacts.get(n))).as(n).isEqualTo(interrupted.get(n)));
        });
    }

    /** A record without what differs between two databases by nature: ids, times, versions. */
    private static String comparable(ConfigurableApplicationContext context, ArtifactView v) {
        var json = context.getBean(tools.jackson.databind.ObjectMapper.class);
        tools.jackson.databind.node.ObjectNode node = json.valueToTree(v);
        node.remove(List.of("id", "createdAt", "updatedAt", "publishedAt", "version", "media"));
        node.withArray("makers").forEach(m -> ((tools.jackson.databind.node.ObjectNode) m).remove("agentId"));
        return node.toString();
    }

    private Process java(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportTool.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    private static long readLong(Path file) {
        try {
            return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0; // being replaced at this moment
        }
    }
}
