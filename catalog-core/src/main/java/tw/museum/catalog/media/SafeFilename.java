package tw.museum.catalog.media;

import java.text.Normalizer;

/**
 * Makes an uploader's file name safe to keep and show: only the last path segment, no control or
 * invisible format characters (bidi overrides, zero-width), no path characters, at most 255 characters. It is a label; the store never uses it as a path.
 */
public final class SafeFilename {

    private SafeFilename() {
    }

    public static String of(String name) {
        if (name == null) {
            return "file";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder out = new StringBuilder();
        n.codePoints()
                // invisible format characters too: a right-to-left override makes "x\u202Egpj.exe" look like a .jpg
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                        && Character.getType(cp) != Character.LINE_SEPARATOR
                        && Character.getType(cp) != Character.PARAGRAPH_SEPARATOR && cp != ':' && cp != '*' && cp != '?' && cp != '"'
                        && cp != '<' && cp != '>' && cp != '|')
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            return "file";
        }
        return cleaned.length() > 255 ? cleaned.substring(cleaned.length() - 255) : cleaned;
    }
}
