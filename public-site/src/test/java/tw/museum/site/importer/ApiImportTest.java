package tw.museum.site.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.media.MediaService;
import tw.museum.importer.ImportTool;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;

/**
 * The import tool in API mode against this running museum over real HTTP: records go through the
 * museum's own REST API (its rules, roles, audit and change feed), with the same upsert, error file and
 * summary as a direct import; then a folder of images by file name.
 */
class ApiImportTest extends MuseumTestBase {

    @TempDir
    Path work;

    @Autowired
    ArtifactService artifacts;

    @Autowired
    MediaService media;

    record Run(int code, String output) {
    }

    private Run run(String username, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--api", "http://localhost:" + port + "/", "--user", username, "--password=" + PASSWORD,
                "--lang=en"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ImportTool.execute(all.toArray(String[]::new), out, out);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recordsAndImagesImportThroughTheApiOfARunningMuseum() throws Exception {
        String prefix = "API" + Long.toString(System.nanoTime(), 36);
        Path csv = work.resolve("api.csv");
        Files.writeString(csv, """
                編號,名稱,title,材質
                %1$s/1,電唱機,record player,塑膠
                %1$s/2,,no chinese title,
                %1$s/3,收音機,radio,木;塑膠
                """.formatted(prefix), StandardCharsets.UTF_8);
        Path mapping = work.resolve("api.yaml");
        Files.writeString(mapping, """
                format: csv
                publish: true
                fields:
                  objectNumber: 編號
                  title.zh: 名稱
                  title.en: title
                vocabularies:
                  materials: { zh: 材質, split: ";" }
                """, StandardCharsets.UTF_8);
        Path errors = work.resolve("api.errors.csv");

        Run first = run(CURATOR, csv.toString(), "-m", mapping.toString(), "--errors", errors.toString());
        assertThat(first.code()).as(first.output()).isEqualTo(1);
        assertThat(first.output()).contains("2 created", "1 failed");
        assertThat(Files.readString(errors)).contains("title.zh required"); // the museum's own field problem

        Run again = run(CURATOR, csv.toString(), "-m", mapping.toString(), "--errors", errors.toString());
        assertThat(again.output()).contains("0 created", "0 updated", "2 unchanged", "1 failed");

        assertThat(artifacts.get(prefix + "/1").status()).isEqualTo(ArtifactStatus.PUBLISHED);
        assertThat(artifacts.get(prefix + "/3").materials()).extracting(t -> t.label().zh()).containsExactly("木", "塑膠");
        assertThat(artifacts.history(prefix + "/3")).isNotEmpty(); // the audit trail names the API user
        assertThat(artifacts.history(prefix + "/3").get(artifacts.history(prefix + "/3").size() - 1).actor())
                .isEqualTo(CURATOR);

        Path folder = Files.createDirectories(work.resolve("images"));
        Files.write(folder.resolve(prefix + "_1.png"), TestImages.png(40, 30));
        Files.write(folder.resolve(prefix + "_1-2.png"), TestImages.png(30, 40));
        Run images = run(CURATOR, folder.toString(), "--images", "--errors", work.resolve("img.errors.jsonl").toString());
        assertThat(images.code()).as(images.output()).isZero();
        assertThat(images.output()).contains("2 attached", "0 failed");
        assertThat(media.list(prefix + "/1")).extracting(m -> m.filename())
                .containsExactly(prefix + "_1.png", prefix + "_1-2.png");
    }

    @Test
    void realMplusRecordsWithTheirAuthorityFileImportThroughTheApi() throws Exception {
        // the first 25 M+ records, and only the people and organisations they name (the shipped mapping)
        Path shared = Path.of("").toAbsolutePath();
        while (!Files.exists(shared.resolveSibling("shared").resolve("data/mplus/objects.jsonl.gz"))) {
            shared = shared.getParent();
        }
        Path mplus = shared.resolveSibling("shared").resolve("data/mplus");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> records = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(mplus.resolve("objects.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while (records.size() < 25 && (line = in.readLine()) != null) {
                records.add(line);
                json.readTree(line).path("constituents").forEach(c -> named.add(c.path("id").asString()));
            }
        }
        List<String> people = new ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(mplus.resolve("constituents.jsonl.gz"))), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> named.contains(json.readTree(l).path("id").asString())).forEach(people::add);
        }
        Files.write(work.resolve("objects.jsonl"), records, StandardCharsets.UTF_8);
        // the mapping names constituents.jsonl.gz beside it: written here, with the mapping copied beside it
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(work.resolve("constituents.jsonl.gz")))) {
            out.write(String.join("\n", people).getBytes(StandardCharsets.UTF_8));
        }
        Path mapping = Files.copy(Path.of("").toAbsolutePath().resolveSibling("import-tools").resolve("mappings/mplus-objects.yaml"),
                work.resolve("mplus-objects.yaml"));

        Run first = run(CURATOR, work.resolve("objects.jsonl").toString(), "-m", mapping.toString(),
                "--errors", work.resolve("m.errors.jsonl").toString());
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("25 created", "0 failed", "people/organisations: " + people.size() + " created");
        assertThat(artifacts.get("2012.1799").makers()).singleElement()
                .satisfies(m -> assertThat(m.name().en()).isEqualTo("Yau Leung"));
        Run again = run(CURATOR, work.resolve("objects.jsonl").toString(), "-m", mapping.toString(),
                "--errors", work.resolve("m.errors.jsonl").toString());
        assertThat(again.output()).contains("25 unchanged", "people/organisations: 0 created");
    }

    @Test
    void wrongCredentialsStopTheRunWithoutImportingAnything() throws Exception {
        Path csv = work.resolve("x.csv");
        Files.writeString(csv, "編號,名稱\nAPI-NOPE-1,鐘\n", StandardCharsets.UTF_8);
        Path mapping = work.resolve("x.yaml");
        Files.writeString(mapping, "format: csv\nfields:\n  objectNumber: 編號\n  title.zh: 名稱\n", StandardCharsets.UTF_8);
        List<String> args = List.of(csv.toString(), "-m", mapping.toString(), "--api", "http://localhost:" + port,
                "--user", CURATOR, "--password=wrong", "--lang=en");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ImportTool.execute(args.toArray(String[]::new), out, out);
        assertThat(code).as(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("401");
        assertThat(artifacts.exists("API-NOPE-1")).isFalse();
    }
}
