package tw.museum.importer.source;

/** The source file as a whole cannot be read (wrong encoding, not the declared format); nothing was imported. */
public class UnreadableSourceException extends RuntimeException {

    public UnreadableSourceException(String message) {
        super(message);
    }

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
