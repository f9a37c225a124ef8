package tw.museum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool speaks Traditional Chinese or English (--lang), from its bundle: help, and errors before any import. */
class ImportToolTextsTest {

    @TempDir
    Path work;

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ImportTool.execute(args, out, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpInBothLanguages() {
        assertThat(run("--help", "--lang", "zh-TW")).contains("用法：", "依文物編號", "--images", "結束代碼：",
                "CA13_3_23-2.jpg");
        assertThat(run("--help", "--lang=en")).contains("Usage:", "upserted by object number", "--api",
                "Exit codes:", "CA13_3_23-2.jpg");
    }

    @Test
    void errorsBeforeAnyImportInBothLanguages() throws Exception {
        assertThat(run(work.resolve("missing.csv").toString(), "-m", "x.yaml", "--lang", "zh-TW"))
                .contains("找不到檔案");
        Path csv = Files.writeString(work.resolve("a.csv"), "a\n1\n");
        assertThat(run(csv.toString(), "--lang=en")).contains("A mapping file (-m) is needed for a.csv");
        Path mapping = Files.writeString(work.resolve("m.yaml"), "format: csv\nfields:\n  titel.zh: a\n");
        assertThat(run(csv.toString(), "-m", mapping.toString(), "--lang", "zh-TW", "--data-dir", work.toString()))
                .contains("未知的欄位「titel.zh」", "必須有 fields.objectNumber");
    }
}
