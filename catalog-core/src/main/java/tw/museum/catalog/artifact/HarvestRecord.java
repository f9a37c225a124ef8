package tw.museum.catalog.artifact;

import java.time.Instant;

/**
 * One record as a harvester sees it: a published record, or a withdrawn one that was once published,
 * which harvesters must learn is gone ({@link #deleted()}). Drafts never become harvest records.
 * {@code view} is the public view of a published record when it was asked for, otherwise null.
 */
public record HarvestRecord(String objectNumber, long id, Instant updatedAt, String classification,
                            boolean deleted, PublicArtifactView view) {

    public HarvestCursor cursor() {
        return new HarvestCursor(updatedAt, id);
    }
}
