package tw.museum.catalog.artifact;

import java.util.regex.Pattern;

/**
 * What an object number may be. Museums write numbers with dots, commas, spaces, ranges and parts:
 * {@code V.2015.651,727} (M+), {@code 2004.1.2 a-c}, {@code 1975.1.21a–c} (the Met), {@code EA 10470,3}
 * and {@code 1887,0101.1} (British Museum), {@code E.1234:1-2000} (V&amp;A), {@code SK-A-1505}
 * (Rijksmuseum), {@code CA13/3/23}, {@code T 1234/5}, {@code 故-銅-000001-N000000000} (National Palace
 * Museum): the whole list is
 * {@code RealWorldObjectNumbers} in catalog-core's test support.
 *
 * <p>Accepted: letters and digits of any script, single spaces inside, and {@code . , - – _ : ( ) [ ] +},
 * with {@code /} between parts that each start with a letter or digit; at most {@value #MAX_LENGTH}
 * characters (the column's width).
 *
 * <p>Refused, because a number travels in URLs, file names, OAI identifiers and spreadsheets: control and
 * invisible characters (bidi overrides, zero-width spaces, NBSP, tabs), leading or trailing spaces and runs
 * of spaces, {@code ..}, a leading, trailing or doubled {@code /}, {@code \}, {@code %} and {@code ;} (which
 * firewalls refuse in URLs even when encoded), {@code ? # & " ' < > |} and full-width forms (２０１５ would
 * look like 2015 and be another number). Every accepted number round-trips through a URL path segment
 * ({@code UriUtils.encodePathSegment}).
 */
public final class ObjectNumbers {

    public static final int MAX_LENGTH = 64;

    private static final String PART = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{Mn}\\p{Mc} .,:()\\[\\]+_\\u2013-]*";

    /** The rule as one pattern (for callers that filter lists). */
    public static final Pattern PATTERN = Pattern.compile(
            "(?=.{1,64}$)(?!.*\\.\\.)(?!.*  )(?!.*[\\uFF00-\\uFFEF])" + PART + "(?:/" + PART + ")*(?<! )");

    private ObjectNumbers() {
    }

    public static boolean isValid(String objectNumber) {
        return objectNumber != null && PATTERN.matcher(objectNumber).matches();
    }
}
