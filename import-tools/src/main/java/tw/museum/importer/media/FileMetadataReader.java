package tw.museum.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;
import tw.museum.catalog.media.MediaMetadata;

/**
 * Reads what a file says about itself with Apache Tika: for images the EXIF/XMP capture date, creator and
 * copyright; for documents also the title, page count and text (up to a million characters, pages separated
 * by a form feed). A file
 * Tika cannot parse gives empty metadata: whether it is acceptable at all is the media store's decision.
 */
public final class FileMetadataReader {

    private static final int MAX_TEXT = 1_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    public MediaMetadata read(Path file) {
        Metadata metadata = new Metadata();
        WriteOutContentHandler text = new WriteOutContentHandler(MAX_TEXT);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, new BodyContentHandler(new PageBreaks(text)), metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return empty();
            }
        } catch (IOException | TikaException | RuntimeException e) {
            return empty();
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        boolean image = type != null && type.startsWith("image/");
        String pages = metadata.get(PagedText.N_PAGES);
        XmpPacket.Values xmp = image ? XmpPacket.read(file).orElse(null) : null;
        return new MediaMetadata(
                xmp != null && xmp.created() != null ? xmp.created() : first(metadata, TikaCoreProperties.CREATED.getName(), "exif:DateTimeOriginal", "Date/Time Original",
                        "xmp:CreateDate", "photoshop:DateCreated"),
                first(metadata, TikaCoreProperties.CREATOR.getName(), "Artist", "By-line", "meta:author"),
                xmp != null && xmp.rights() != null ? xmp.rights()
                        : first(metadata, TikaCoreProperties.RIGHTS.getName(), "Copyright", "Copyright Notice"),
                image ? null : first(metadata, TikaCoreProperties.TITLE.getName()),
                image || pages == null ? null : parseInt(pages),
                image ? null : blankToNull(text.toString()));
    }

    private static MediaMetadata empty() {
        return new MediaMetadata(null, null, null, null, null, null);
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = name.isEmpty() ? null : metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        // Not strip(): a leading form feed is an empty first page and must stay, or every page shifts.
        return s == null || s.isBlank() ? null : s.replaceAll("^[ \\t\\r\\n]+|[\\s]+$", "");
    }
}
