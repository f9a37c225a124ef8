package tw.museum.iiif.front;

import java.time.Instant;
import tw.museum.iiif.web.StoredTile;

/** The Date header every response carries, formatted once a second rather than once a request. */
final class HttpDates {

    private record Formatted(long second, String text) {
    }

    private volatile Formatted current = new Formatted(-1, "");

    String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted f = current;
        if (f.second() != second) {
            f = new Formatted(second, StoredTile.HTTP_DATE.format(Instant.ofEpochSecond(second)));
            current = f;
        }
        return f.text();
    }
}
