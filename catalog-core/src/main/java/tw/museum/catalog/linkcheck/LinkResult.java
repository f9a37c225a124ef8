package tw.museum.catalog.linkcheck;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking one URL: whether it answered with success, the HTTP status when there was one,
 * what went wrong otherwise (timeout, refused connection, ...), and the records that link to it
 * ({@code artifact:<object number>} or {@code learning-unit:<slug>}).
 */
public record LinkResult(String url, boolean ok, Integer httpStatus, String problem, List<String> sources,
                         Instant checkedAt) {

    public static final String ARTIFACT = "artifact:";
    public static final String LEARNING_UNIT = "learning-unit:";
}
