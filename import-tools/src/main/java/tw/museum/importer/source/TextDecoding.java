package tw.museum.importer.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a text file in the right encoding. Spreadsheets in Taiwan are often saved as Big5 or UTF-16:
 * "auto" honours a byte-order mark (UTF-8, UTF-16 LE/BE) and otherwise decodes strictly as UTF-8, so a
 * Big5 file is refused with a clear message instead of being imported as garbage. A named charset
 * (Big5, UTF-16LE, ...) is decoded strictly too. Files ending in .gz are decompressed.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    public static Reader open(Path file, String encoding) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPInputStream(raw, 64 * 1024);
        }
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        Charset charset;
        if (encoding == null || "auto".equalsIgnoreCase(encoding)) {
            charset = fromByteOrderMark(in);
        } else {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) { // unknown or illegal charset name
                in.close();
                throw new UnreadableSourceException("source.unknownEncoding", encoding);
            }
            skipByteOrderMark(in, charset);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static Charset fromByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        if (b0 == 0xFF && b1 == 0xFE) {
            in.skip(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.skip(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private static void skipByteOrderMark(BufferedInputStream in, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
                in.reset();
            }
        }
    }
}
