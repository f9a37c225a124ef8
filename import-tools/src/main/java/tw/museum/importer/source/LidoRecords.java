package tw.museum.importer.source;

import tw.museum.catalog.common.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a LIDO 1.1 document, streamed with StAX one {@code lido:lido} at a time: a single record,
 * a {@code lidoWrap} of any size, or an OAI-PMH response carrying LIDO. Each record becomes a plain JSON
 * record (the shape is described in mappings/lido.yaml, the mapping that imports it), so LIDO goes
 * through the same mapping, checks, error file and resume as every other source.
 *
 * <p>It reads what LIDO allows and our own exporter writes: values repeated per language with
 * {@code xml:lang} (inherited from enclosing elements), vocabulary terms with their local code
 * ({@code conceptID type="local" source="<vocabulary>"}), makers with their role, production date and place.
 */
final class LidoRecords extends LookaheadRecords {

    static final String NS = "http://www.lido-schema.org";

    private final InputStream in;
    private final XMLStreamReader xml;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Deque<String> languages = new ArrayDeque<>();
    private long count;

    LidoRecords(Path file) {
        try {
            InputStream raw = Files.newInputStream(file);
            in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw;
            xml = SafeXml.inputFactory().createXMLStreamReader(in); // no DTDs or entities from outside (XXE)
        } catch (IOException | XMLStreamException e) {
            throw new UnreadableSourceException(e, "source.notXml", file.getFileName(), e.getMessage());
        }
    }

    /** A LIDO element with what the mapping needs: attributes, its language (inherited), text, children. */
    record Element(String name, Map<String, String> attributes, String lang, StringBuilder text, List<Element> children) {

        List<Element> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }

        Element first(String... path) {
            Element at = this;
            for (String step : path) {
                Element next = null;
                for (Element c : at.children) {
                    if (c.name.equals(step)) {
                        next = c;
                        break;
                    }
                }
                if (next == null) {
                    return null;
                }
                at = next;
            }
            return at;
        }

        /** Every element at the end of the path, through every branch. */
        List<Element> every(String... path) {
            List<Element> at = List.of(this);
            for (String step : path) {
                List<Element> next = new ArrayList<>();
                at.forEach(e -> next.addAll(e.all(step)));
                at = next;
            }
            return at;
        }

        String value() {
            String s = text.toString().strip();
            return s.isEmpty() ? null : s;
        }
    }

    @Override
    protected SourceRecord fetch() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (NS.equals(xml.getNamespaceURI()) && "lido".equals(xml.getLocalName())) {
                        Element lido = readElement(languages.isEmpty() ? null : languages.peek());
                        return new SourceRecord(++count, LidoJson.toRecord(lido, json));
                    }
                    String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    languages.push(lang != null ? lang : languages.isEmpty() ? "" : languages.peek());
                } else if (event == XMLStreamConstants.END_ELEMENT && !languages.isEmpty()) {
                    languages.pop();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new UnreadableSourceException(e, "source.lidoMalformed", count, e.getMessage());
        }
    }

    /** Reads the element the reader stands on, to its end, into a small tree (one record at a time). */
    private Element readElement(String inherited) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        Element element = new Element(xml.getLocalName(), attributes, lang != null ? lang : inherited,
                new StringBuilder(), new ArrayList<>());
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element.children().add(readElement(element.lang()));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                element.text().append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return element;
            }
        }
        return element;
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException ignored) {
            // read-only
        }
    }
}
