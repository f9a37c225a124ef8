package tw.museum.catalog.vocabulary;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Term codes made from labels when terms arrive from elsewhere (imports, the demo collection): lower-case
 * ASCII words joined by hyphens ("Black and white print" → "black-and-white-print"). A label with no
 * ASCII letters (Chinese only) gets a stable code from its hash.
 */
public final class TermCodes {

    private TermCodes() {
    }

    public static String fromLabel(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "t" + HexFormat.of().toHexDigits(label.hashCode());
        }
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
