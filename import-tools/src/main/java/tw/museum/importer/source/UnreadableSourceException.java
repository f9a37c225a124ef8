package tw.museum.importer.source;

import java.util.Arrays;

/**
 * The source or mapping file as a whole cannot be read (wrong encoding, not the declared format); nothing
 * was imported. It carries a message key of the tool's bundle ({@code i18n/import}) and its arguments, so
 * the person running the tool reads it in their language; an argument may itself be a {@link Message}
 * or a list of them.
 */
public class UnreadableSourceException extends RuntimeException {

    private final transient Message text;

    public UnreadableSourceException(String key, Object... args) {
        this(null, key, args);
    }

    public UnreadableSourceException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.text = new Message(key, args);
    }

    public Message text() {
        return text;
    }

    /** A bundle key and its arguments. */
    public record Message(String key, Object... args) {

        public static Message of(String key, Object... args) {
            return new Message(key, args);
        }
    }
}
