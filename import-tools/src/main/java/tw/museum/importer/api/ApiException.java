package tw.museum.importer.api;

/** The museum could not be reached, refused the credentials, or failed: the run stops (records are not at fault). */
public class ApiException extends RuntimeException {

    private final String url;
    private final int status;

    public ApiException(String url, int status, String detail) {
        super(url + " -> " + status + ": " + detail);
        this.url = url;
        this.status = status;
    }

    public String url() {
        return url;
    }

    public int status() {
        return status;
    }
}
