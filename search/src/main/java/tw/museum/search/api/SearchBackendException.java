package tw.museum.search.api;

/** The search engine failed or cannot be reached (not the caller's fault: the web layer maps it to 503). */
public class SearchBackendException extends RuntimeException {
    public SearchBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
