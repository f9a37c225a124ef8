package tw.museum.importer.media;

import tw.museum.catalog.common.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XMP packet embedded in an image (JPEG APP1, PNG iTXt, TIFF tag: the packet is plain XML wherever
 * it sits), read for what Tika's image parsers leave out: dc:rights and the creation date. Only the
 * first few megabytes are searched, so a huge TIFF is not read whole.
 */
final class XmpPacket {

    private static final int SEARCH_BYTES = 4 * 1024 * 1024;
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    private static final String EXIF = "http://ns.adobe.com/exif/1.0/";

    record Values(String created, String creator, String rights) {
    }

    private XmpPacket() {
    }

    static Optional<Values> read(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SEARCH_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(head, StandardCharsets.ISO_8859_1); // byte-for-byte, to find the markers
        int start = text.indexOf("<x:xmpmeta");
        int end = text.indexOf("</x:xmpmeta>", Math.max(start, 0));
        if (start < 0 || end < 0) {
            return Optional.empty();
        }
        try {
            Document xml = SafeXml.documentBuilder().parse(new ByteArrayInputStream(head, start,
                    end + "</x:xmpmeta>".length() - start));
            return Optional.of(new Values(
                    first(xml, XMP, "CreateDate", PHOTOSHOP, "DateCreated", EXIF, "DateTimeOriginal"),
                    first(xml, DC, "creator"),
                    first(xml, DC, "rights")));
        } catch (Exception unreadable) {
            return Optional.empty(); // a broken packet: the image itself may still be fine
        }
    }

    /** A property as an attribute of rdf:Description or as an element (with rdf:Seq/Alt/li inside). */
    private static String first(Document xml, String... namespaceAndNames) {
        for (int i = 0; i < namespaceAndNames.length; i += 2) {
            String ns = namespaceAndNames[i];
            String name = namespaceAndNames[i + 1];
            NodeList descriptions = xml.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "Description");
            for (int d = 0; d < descriptions.getLength(); d++) {
                String attribute = ((Element) descriptions.item(d)).getAttributeNS(ns, name);
                if (!attribute.isBlank()) {
                    return attribute.strip();
                }
            }
            NodeList elements = xml.getElementsByTagNameNS(ns, name);
            if (elements.getLength() > 0) {
                String value = elements.item(0).getTextContent().strip().replaceAll("\\s+", " ");
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }
}
