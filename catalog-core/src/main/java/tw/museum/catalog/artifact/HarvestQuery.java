package tw.museum.catalog.artifact;

import java.time.Instant;

/**
 * Which records a harvest asks for: optionally one classification (term code), a modification time
 * window ({@code from} inclusive, {@code before} exclusive; either may be null), whether withdrawn
 * records (reported to harvesters as deleted) are left out, as bulk exports do, and optionally the
 * items of one published learning unit (its slug).
 */
public record HarvestQuery(String classification, Instant from, Instant before, boolean publishedOnly,
                           String learningUnit) {

    public HarvestQuery(String classification, Instant from, Instant before, boolean publishedOnly) {
        this(classification, from, before, publishedOnly, null);
    }

    public static HarvestQuery all() {
        return new HarvestQuery(null, null, null, false);
    }

    public static HarvestQuery published() {
        return new HarvestQuery(null, null, null, true);
    }
}
