package tw.museum.iiif.source;

import java.util.regex.Pattern;

/**
 * A validated IIIF identifier. Validation happens before anything touches the disk, so no
 * identifier can name a path outside the image store: no slashes, no "..", no drive letters,
 * no percent-escapes, bounded length.
 */
public record ImageIdentifier(String value) {

    /** Opaque media ids such as "m-12" or UUID-like strings; a dot may separate words but never lead. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    public static final int MAX_LENGTH = 128;

    public ImageIdentifier {
        if (!isValid(value)) {
            throw new InvalidIdentifierException(value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH && ALLOWED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
