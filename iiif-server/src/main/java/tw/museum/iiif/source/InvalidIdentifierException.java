package tw.museum.iiif.source;

/** The identifier does not match the allowed pattern; the message never echoes the raw input. */
public class InvalidIdentifierException extends RuntimeException {
    public InvalidIdentifierException(String value) {
        super("invalid identifier (length " + (value == null ? 0 : value.length()) + ")");
    }
}
