package tw.museum.catalog.artifact;

import java.time.Instant;
import java.util.List;

/**
 * One record as a harvester sees it: a published record, or a withdrawn one that was once published,
 * which harvesters must learn is gone ({@link #deleted()}). Drafts never become harvest records.
 * {@code view} is the public view of a published record when it was asked for, otherwise null;
 * {@code learningUnits} are the slugs of the published learning units showing a published record (its sets).
 */
public record HarvestRecord(String objectNumber, long id, Instant updatedAt, String classification,
                            boolean deleted, PublicArtifactView view, List<String> learningUnits) {

    public HarvestRecord {
        learningUnits = learningUnits == null ? List.of() : List.copyOf(learningUnits);
    }

    public HarvestCursor cursor() {
        return new HarvestCursor(updatedAt, id);
    }
}
