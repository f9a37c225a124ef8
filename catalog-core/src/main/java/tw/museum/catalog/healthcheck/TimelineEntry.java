package tw.museum.catalog.healthcheck;

import java.time.Instant;

/** A step of the timeline as staff see it: with the staff member who made it. */
public record TimelineEntry(CaseStatus status, String actor, Instant at, String note) {

    static TimelineEntry of(CaseEvent e) {
        return new TimelineEntry(e.getStatus(), e.getActor(), e.getAt(), e.getNote());
    }
}
