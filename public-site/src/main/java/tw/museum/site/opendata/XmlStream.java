package tw.museum.site.opendata;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, fluent wrapper over a StAX writer: open data documents are written element by element
 * straight to the response or file, so memory stays flat however many records go out.
 */
public final class XmlStream implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;

    private XmlStream(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** A document in UTF-8 on {@code out}, with its XML declaration written. */
    public static XmlStream document(OutputStream out) {
        try {
            XmlStream xml = new XmlStream(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
            xml.writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            return xml;
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    public XmlStream start(String prefix, String namespace, String name) {
        return run(() -> writer.writeStartElement(prefix, name, namespace));
    }

    /** An element in the default namespace (already declared with {@link #defaultNamespace}). */
    public XmlStream start(String namespace, String name) {
        return run(() -> writer.writeStartElement("", name, namespace));
    }

    public XmlStream declare(String prefix, String namespace) {
        return run(() -> writer.writeNamespace(prefix, namespace));
    }

    public XmlStream defaultNamespace(String namespace) {
        return run(() -> writer.writeDefaultNamespace(namespace));
    }

    public XmlStream attribute(String name, String value) {
        return value == null ? this : run(() -> writer.writeAttribute(name, value));
    }

    public XmlStream attribute(String prefix, String namespace, String name, String value) {
        return value == null ? this : run(() -> writer.writeAttribute(prefix, namespace, name, value));
    }

    public XmlStream lang(String language) {
        return attribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    }

    public XmlStream text(String text) {
        return text == null ? this : run(() -> writer.writeCharacters(text));
    }

    public XmlStream end() {
        return run(writer::writeEndElement);
    }

    public XmlStream flush() {
        return run(writer::flush);
    }

    /** Ends the document and flushes; the underlying stream stays open (its owner closes it). */
    @Override
    public void close() {
        run(() -> {
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        });
    }

    private XmlStream run(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    /** Writing failed, usually because the client went away. */
    public static final class XmlWriteException extends RuntimeException {
        XmlWriteException(Throwable cause) {
            super(cause);
        }
    }
}
