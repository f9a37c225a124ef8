package tw.museum.site.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The published XML Schemas (LIDO 1.1, OAI-PMH 2.0 with oai_dc), read from {@code shared/schemas},
 * which CI keeps beside the clone (../shared/schemas from the repository root). Found by walking up
 * from the working directory, so tests run from the module or the root alike.
 */
public final class Schemas {

    private final Schema lido;
    private final Schema oai;

    private Schemas(Path root) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        this.lido = factory.newSchema(source(root.resolve("lido/lido-v1.1.xsd")));
        // OAI-PMH validates <metadata> strictly: it needs the payload schemas too.
        this.oai = factory.newSchema(new Source[] {source(root.resolve("oai-pmh/OAI-PMH.xsd")),
                source(root.resolve("oai-pmh/oai_dc.xsd")), source(root.resolve("lido/lido-v1.1.xsd"))});
    }

    public static Schemas load() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/schemas");
            if (Files.isRegularFile(candidate.resolve("lido/lido-v1.1.xsd"))) {
                try {
                    return new Schemas(candidate);
                } catch (SAXException e) {
                    throw new IllegalStateException("Cannot read the schemas in " + candidate, e);
                }
            }
        }
        throw new IllegalStateException("No shared/schemas (with lido/lido-v1.1.xsd) found beside " + dir
                + " or any folder above it; CI keeps the shared folder next to the clone (../shared/schemas).");
    }

    /** Validates; the exception names the first violation with its line. */
    public void validateLido(String xml) {
        validate(lido, xml);
    }

    public void validateOai(String xml) {
        validate(oai, xml);
    }

    private static void validate(Schema schema, String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Invalid: " + e.getMessage() + "\n" + excerpt(xml), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String excerpt(String xml) {
        return xml.length() > 4000 ? xml.substring(0, 4000) + "..." : xml;
    }

    private static StreamSource source(Path path) {
        return new StreamSource(path.toFile());
    }
}
