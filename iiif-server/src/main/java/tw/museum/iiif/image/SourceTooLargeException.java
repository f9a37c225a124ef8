package tw.museum.iiif.image;

/** The original declares more pixels than the server will decode: refused before any pixel is read. */
public class SourceTooLargeException extends IiifException {
    public SourceTooLargeException(long pixels, long limit) {
        super(403, "source image has " + pixels + " pixels, more than the limit of " + limit);
    }
}
