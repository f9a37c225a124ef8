package tw.museum.catalog.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML against the museum's parsers: an external entity naming a file with a secret, an external
 * DTD, and nested entities. The secret never comes out, and the parse either fails or expands nothing.
 */
class SafeXmlTest {

    @TempDir
    Path dir;

    private String xxe() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRETMARKER");
        return "<?xml version=\"1.0\"?><!DOCTYPE lido [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><lido><title>&xxe;</title></lido>";
    }

    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</l>";

    @Test
    void streamingReadersNeverExpandExternalOrNestedEntities() throws Exception {
        for (String hostile : new String[] {xxe(), LAUGHS}) {
            StringBuilder text = new StringBuilder();
            try {
                XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new StringReader(hostile));
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.CHARACTERS) {
                        text.append(reader.getText());
                    }
                }
            } catch (Exception refused) {
                // refusing the document is fine; leaking it is not
            }
            assertThat(text.toString()).doesNotContain("SECRETMARKER").doesNotContain("aaaaaaaaaaaaaaaaaaaa");
        }
    }

    @Test
    void documentBuildersRefuseAnyDoctype() throws Exception {
        for (String hostile : new String[] {xxe(), LAUGHS,
                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:1/evil.dtd\"><x/>"}) {
            assertThatThrownBy(() -> SafeXml.documentBuilder().parse(
                    new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8))))
                    .hasMessageContaining("DOCTYPE");
        }
    }

    @Test
    void ordinaryDocumentsStillRead() throws Exception {
        String xml = "<lido xmlns=\"http://www.lido-schema.org\"><title>A &amp; B 青銅</title></lido>";
        XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        assertThat(text.toString()).isEqualTo("A & B 青銅");
        assertThat(SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getTextContent()).isEqualTo("A & B 青銅");
    }
}
