package tw.museum.site.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The font that gives PDF documents their Chinese, embedded (subset) in every document so readers need
 * no font of their own. By default it is Noto Sans TC Regular (SIL OFL 1.1), which the build puts into
 * the jar from an npm font package, so a machine with nothing but a JDK makes documents.
 * {@code museum.documents.cjk-font} overrides it with a TrueType file (.ttf) or one face of a collection
 * (.ttc, {@code museum.documents.cjk-font-face}) on the machine; if that file is unusable, documents fall
 * back to the bundled font and the health endpoint reports the font as degraded with the reason.
 *
 * <p>The font must have TrueType outlines: PDFBox cannot subset CFF-outlined fonts, which rules out
 * Debian's fonts-noto-cjk and Adobe's Source Han .otf files (measured: "OTF fonts do not have a glyf
 * table"). Google's Noto Sans TC .ttf builds have glyf outlines.
 */
@Component
public class CjkFont {

    /** Where the build puts the bundled font (see public-site/pom.xml). */
    static final String BUNDLED = "fonts/noto-sans-tc/NotoSansTC_400Regular.ttf";
    static final String BUNDLED_NAME = "Noto Sans TC (bundled)";

    private final Path override;
    private final String face;
    private final String bundledResource;
    private volatile byte[] bundled;

    @Autowired
    public CjkFont(@Value("${museum.documents.cjk-font:}") String override,
                   @Value("${museum.documents.cjk-font-face:}") String face) {
        this(override == null || override.isBlank() ? null : Path.of(override.strip()), face, BUNDLED);
    }

    CjkFont(Path override, String face, String bundledResource) {
        this.override = override;
        this.face = face == null ? "" : face.strip();
        this.bundledResource = bundledResource;
    }

    /** Which font documents get now: the override's path, or the bundled font's name. */
    public String name() {
        return overrideProblem() == null && override != null ? override.toString()
                : bundledAvailable() ? BUNDLED_NAME : "none";
    }

    /**
     * Why the font is not the one configured, or why no document can be made; null when all is well.
     * Documents still work while only the override is broken (the bundled font stands in).
     */
    public String problem() {
        String overrideProblem = overrideProblem();
        if (overrideProblem != null) {
            return bundledAvailable() ? overrideProblem + "; documents use the bundled " + BUNDLED_NAME
                    : overrideProblem;
        }
        if (override == null && !bundledAvailable()) {
            return "The bundled CJK font " + BUNDLED + " is missing from this build: set museum.documents.cjk-font"
                    + " to a TrueType CJK font (.ttf, or .ttc with museum.documents.cjk-font-face)";
        }
        return null;
    }

    /** Whether documents can be made at all. */
    public boolean usable() {
        return (override != null && overrideProblem() == null) || bundledAvailable();
    }

    private String overrideProblem() {
        if (override == null) {
            return null;
        }
        if (!Files.isReadable(override) || Files.isDirectory(override)) {
            return "CJK font not found at " + override + " (museum.documents.cjk-font)";
        }
        return null;
    }

    private boolean bundledAvailable() {
        return new ClassPathResource(bundledResource).exists();
    }

    /**
     * Opens the font for one document; the caller closes the returned handle after saving the PDF
     * (subsetting reads the font while saving).
     */
    public OpenFont open() throws IOException {
        if (override != null && overrideProblem() == null) {
            return openFile(override);
        }
        if (!bundledAvailable()) {
            throw new DocumentException(problem());
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bundledBytes()));
        return checked(font, font, BUNDLED);
    }

    private OpenFont openFile(Path path) throws IOException {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            TrueTypeFont font = face.isBlank() ? first(collection) : collection.getFontByName(face);
            if (font == null) {
                collection.close();
                throw new DocumentException("No face " + face + " in the font collection " + path);
            }
            return checked(font, collection, path.toString());
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        return checked(font, font, path.toString());
    }

    /** The bundled font's bytes, read from the jar once (about 7 MB) and parsed again for each document. */
    private byte[] bundledBytes() {
        byte[] bytes = bundled;
        if (bytes == null) {
            try (InputStream in = new ClassPathResource(bundledResource).getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = bytes;
        }
        return bytes;
    }

    private static OpenFont checked(TrueTypeFont font, Closeable source, String where) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            source.close();
            throw new DocumentException("The font " + where + " has no TrueType outlines (CFF fonts such as"
                    + " Noto Sans CJK cannot be embedded); use a TrueType font such as Noto Sans TC .ttf");
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
    public record OpenFont(TrueTypeFont font, Closeable source) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
