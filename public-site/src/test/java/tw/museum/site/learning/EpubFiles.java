package tw.museum.site.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EpubCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reads an EPUB as a reading system would, checks its container structure, and runs the W3C's EPUBCheck. */
final class EpubFiles {

    private EpubFiles() {
    }

    /** The entries, in order; the first must be the stored mimetype, as the OCF specification requires. */
    static Map<String, byte[]> entries(byte[] epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first).isNotNull();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).as("mimetype is stored, not compressed").isEqualTo(ZipEntry.STORED);
            assertThat(first.getExtra()).as("no extra field before the mimetype").isNull();
            entries.put(first.getName(), zip.readAllBytes());
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        // The mimetype's bytes sit at offset 38 of the file: readers sniff them there.
        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(epub, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        return entries;
    }

    /** Parses an XML entry (well-formedness), returning its text. */
    static String xml(Map<String, byte[]> entries, String name) throws Exception {
        byte[] bytes = entries.get(name);
        assertThat(bytes).as(name).isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs EPUBCheck; returns its report, failing on any error. */
    static String validate(byte[] epub) throws IOException {
        Path file = Files.createTempFile("unit", ".epub");
        try {
            Files.write(file, epub);
            StringWriter report = new StringWriter();
            int result = new EpubCheck(file.toFile(), new PrintWriter(report)).doValidate();
            assertThat(result).as("EPUBCheck report:\n" + report).isZero();
            assertThat(report.toString()).as("EPUBCheck report").doesNotContain("ERROR", "FATAL");
            return report.toString();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
