package tw.museum.search.api;

import java.util.Arrays;
import java.util.List;

/**
 * A request the caller got wrong (the web layer maps it to 400). Names the offending parameter and a reason
 * code with its arguments; the web layer words the reason in the caller's language from its bundles
 * ({@code problem.search.<code>}).
 */
public class InvalidSearchRequestException extends RuntimeException {
    private final String parameter;
    private final String code;
    private final List<Object> arguments;

    public InvalidSearchRequestException(String parameter, String code, Object... arguments) {
        super(parameter + ": " + code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.parameter = parameter;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong, as a stable code: {@code too-long}, {@code unknown-facet}, ... */
    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
