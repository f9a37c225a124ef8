package tw.museum.site.document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font that gives PDF documents their Chinese: a TrueType file (.ttf) or one face of a collection
 * (.ttc) on the machine, embedded (subset) in every document so readers need no font of their own.
 *
 * <p>The font must have TrueType outlines: PDFBox cannot subset CFF-outlined fonts, which rules out
 * Debian's fonts-noto-cjk (measured: "OTF fonts do not have a glyf table"). The default is Debian's
 * fonts-arphic-uming, whose TW face follows the Ministry of Education's standard character forms. No
 * Maven Central artifact ships a CJK TrueType font (WebJars of the npm font packages are not published).
 */
@Component
public class CjkFont {

    private final Path path;
    private final String face;

    public CjkFont(@Value("${museum.documents.cjk-font}") Path path,
                   @Value("${museum.documents.cjk-font-face:}") String face) {
        this.path = path;
        this.face = face;
    }

    public Path path() {
        return path;
    }

    /** Why no document can be made now, or null when the font is usable. */
    public String problem() {
        if (!Files.isReadable(path)) {
            return "CJK font not found at " + path
                    + ": install Debian's fonts-arphic-uming or set museum.documents.cjk-font";
        }
        return null;
    }

    /**
     * Opens the font for one document; the caller closes the returned handle after saving the PDF
     * (subsetting reads the font while saving).
     */
    public OpenFont open() throws IOException {
        String problem = problem();
        if (problem != null) {
            throw new DocumentException(problem);
        }
        File file = path.toFile();
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont font = face.isBlank() ? first(collection) : collection.getFontByName(face);
            if (font == null) {
                collection.close();
                throw new DocumentException("No face " + face + " in the font collection " + path);
            }
            return checked(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        return checked(font, font);
    }

    private OpenFont checked(TrueTypeFont font, java.io.Closeable source) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            source.close();
            throw new DocumentException("The font " + path + " has no TrueType outlines (CFF fonts such as"
                    + " Noto Sans CJK cannot be embedded); use a TrueType font such as fonts-arphic-uming");
        }
        return new OpenFont(font, source);
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (found[0] == null) {
                found[0] = f;
            }
        });
        return found[0];
    }

    /** A font open for one document, with what must be closed after it. */
    public record OpenFont(TrueTypeFont font, java.io.Closeable source) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
