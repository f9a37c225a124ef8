package tw.museum.iiif.catalog;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IIIF identifiers of catalogue media: "m-" and the media id ("m-42"). */
public final class CatalogMediaIdentifiers {

    private static final Pattern FORM = Pattern.compile("m-([1-9][0-9]{0,17})");

    private CatalogMediaIdentifiers() {
    }

    public static String of(long mediaId) {
        return "m-" + mediaId;
    }

    public static OptionalLong mediaId(String identifier) {
        Matcher m = FORM.matcher(identifier);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
