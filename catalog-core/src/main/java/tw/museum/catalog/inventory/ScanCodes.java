package tw.museum.catalog.inventory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a scanner (or a person) typed: a label's QR code holds the staff page's URL
 * ({@code …/staff/locations/B1-R03} or {@code …/staff/artifacts/CA13%2F3%2F23}), its Code 128 barcode the bare
 * object number or {@code L:} and the location code. A bare value may be either; the service tries an
 * object first, then a location.
 */
public final class ScanCodes {

    public static final String LOCATION_PREFIX = "L:";
    private static final String LOCATION_PATH = "/staff/locations/";
    private static final String OBJECT_PATH = "/staff/artifacts/";

    public enum Type { LOCATION, OBJECT, EITHER }

    public record Scanned(Type type, String value) {
    }

    private ScanCodes() {
    }

    public static Scanned read(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.regionMatches(true, 0, LOCATION_PREFIX, 0, LOCATION_PREFIX.length())) {
            return new Scanned(Type.LOCATION, s.substring(LOCATION_PREFIX.length()).strip());
        }
        int at = s.indexOf(LOCATION_PATH);
        if (at >= 0) {
            return new Scanned(Type.LOCATION, segment(s, at + LOCATION_PATH.length()));
        }
        at = s.indexOf(OBJECT_PATH);
        if (at >= 0) {
            return new Scanned(Type.OBJECT, segment(s, at + OBJECT_PATH.length()));
        }
        return new Scanned(Type.EITHER, s);
    }

    private static String segment(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) != '/' && s.charAt(end) != '?' && s.charAt(end) != '#') {
            end++;
        }
        try {
            // a path segment: "+" is itself, not a space
            return URLDecoder.decode(s.substring(from, end).replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException badEscape) {
            return s.substring(from, end).strip();
        }
    }
}
