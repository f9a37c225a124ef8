package tw.museum.iiif.catalog;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IIIF identifiers of catalogue media: "m-" and the media id ("m-42"); a page of a PDF document is the
 * media id and ".p" with the page number ("m-43.p2").
 */
public final class CatalogMediaIdentifiers {

    private static final Pattern FORM = Pattern.compile("m-([1-9][0-9]{0,17})");
    private static final Pattern PAGE = Pattern.compile("m-([1-9][0-9]{0,17})\\.p([1-9][0-9]{0,3})");

    private CatalogMediaIdentifiers() {
    }

    /** A page (1-based) of a document. */
    public record PageRef(long mediaId, int page) {
    }

    public static String of(long mediaId) {
        return "m-" + mediaId;
    }

    public static String page(long mediaId, int page) {
        return of(mediaId) + ".p" + page;
    }

    public static OptionalLong mediaId(String identifier) {
        Matcher m = FORM.matcher(identifier);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    public static Optional<PageRef> pageOf(String identifier) {
        Matcher m = PAGE.matcher(identifier);
        return m.matches() ? Optional.of(new PageRef(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }
}
