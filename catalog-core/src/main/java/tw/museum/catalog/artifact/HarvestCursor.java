package tw.museum.catalog.artifact;

import java.time.Instant;

/** A position in modification order: after the record changed at {@code updatedAt} with this id. */
public record HarvestCursor(Instant updatedAt, long id) {
}
