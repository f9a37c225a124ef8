package tw.museum.catalog.media;

/** An upload was larger than the configured limit; it was discarded and nothing was stored. */
public class UploadTooLargeException extends RuntimeException {

    private final long maxBytes;

    public UploadTooLargeException(long maxBytes) {
        super("Upload larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
