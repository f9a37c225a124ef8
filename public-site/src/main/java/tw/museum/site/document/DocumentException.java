package tw.museum.site.document;

/** A document could not be made: a missing font, a broken template or image. */
public class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
