package tw.museum.catalog.discovery;

import java.time.Instant;

/** One entry of the manifest history: the artifact's manifest was created, updated or deleted at endTime. */
public record ManifestActivity(long id, String objectNumber, ActivityType type, Instant endTime) {
}
