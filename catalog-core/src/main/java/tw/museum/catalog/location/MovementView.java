package tw.museum.catalog.location;

import java.time.Instant;

/** One movement: from, to, when it happened, who recorded it and when, why and with what reference. */
public record MovementView(long id, long batch, String objectNumber, Whereabouts from, Whereabouts to,
                           Instant movedAt, Instant recordedAt, String recordedBy, MovementReason reason,
                           String reference, String note) {
}
