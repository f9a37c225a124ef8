package tw.museum.iiif.image;

/** An error with the HTTP status the IIIF Image API prescribes for it. */
public class IiifException extends RuntimeException {

    private final int status;

    public IiifException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static IiifException badRequest(String message) {
        return new IiifException(400, message);
    }

    public static IiifException forbidden(String message) {
        return new IiifException(403, message);
    }

    public static IiifException notFound(String message) {
        return new IiifException(404, message);
    }

    public static IiifException notImplemented(String message) {
        return new IiifException(501, message);
    }
}
