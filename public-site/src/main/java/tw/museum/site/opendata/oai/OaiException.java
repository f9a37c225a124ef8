package tw.museum.site.opendata.oai;

/** A request the repository answers with an OAI-PMH error instead of a result. */
class OaiException extends RuntimeException {

    private final OaiError error;

    OaiException(String code, String message) {
        super(code + ": " + message);
        this.error = new OaiError(code, message);
    }

    OaiError error() {
        return error;
    }

    /** Errors for which the response must echo only the base URL, not the (invalid) arguments. */
    boolean hidesArguments() {
        return "badVerb".equals(error.code()) || "badArgument".equals(error.code());
    }
}
