package tw.museum.importer.media;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed where a page of a paged document ends (Tika marks pages as {@code <div class="page">}),
 * so the stored text keeps its pages ({@link tw.museum.catalog.media.MediaMetadata#pages()}) and IIIF Content
 * Search can say on which page a word is.
 */
final class PageBreaks extends ContentHandlerDecorator {

    private static final char[] FORM_FEED = {tw.museum.catalog.media.MediaMetadata.PAGE_SEPARATOR};

    private final Deque<Boolean> divs = new ArrayDeque<>();

    PageBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            divs.push("page".equals(atts.getValue("class")));
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
            super.characters(FORM_FEED, 0, 1);
        }
    }
}
