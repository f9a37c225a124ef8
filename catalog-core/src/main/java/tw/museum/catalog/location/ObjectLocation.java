package tw.museum.catalog.location;

import java.time.Instant;

/**
 * Where an object is now and where it normally lives, since when and why it is there (its last movement's
 * reason and reference). {@code version} counts its changes, for optimistic locking of single moves;
 * 0 while nothing was ever recorded.
 */
public record ObjectLocation(String objectNumber, Whereabouts current, LocationRef home, Instant since,
                             MovementReason reason, String reference, long version) {

    /** Whether it is somewhere other than its home location (on show, on loan, in the studio...). */
    public boolean awayFromHome() {
        return home != null && (current.location() == null || current.location().id() != home.id());
    }
}
