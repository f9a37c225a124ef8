package tw.museum.site.opendata.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * OAI-PMH datestamps: UTC, at second granularity ({@code YYYY-MM-DDThh:mm:ssZ}); {@code from} and
 * {@code until} may also be given as days. Both bounds are inclusive.
 */
final class OaiDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private OaiDates() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A selective-harvest bound, parsed; {@code day} tells its granularity. */
    record Bound(Instant start, boolean day) {
        /** The first instant after everything this bound includes as an upper bound. */
        Instant endExclusive() {
            return day ? start.plus(1, ChronoUnit.DAYS) : start.plusSeconds(1);
        }
    }

    static Bound parse(String argument, String value) {
        try {
            if (DAY.matcher(value).matches()) {
                return new Bound(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
            if (SECOND.matcher(value).matches()) {
                return new Bound(Instant.parse(value), false);
            }
        } catch (DateTimeParseException e) {
            // falls through to the protocol error
        }
        throw new OaiException("badArgument", "'" + argument + "' is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): " + value);
    }
}
