package tw.museum.search.api;

/** A request the caller got wrong (the web layer maps it to 400). Names the offending parameter and why. */
public class InvalidSearchRequestException extends RuntimeException {
    private final String parameter;
    private final String reason;

    public InvalidSearchRequestException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
