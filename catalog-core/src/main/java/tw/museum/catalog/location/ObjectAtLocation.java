package tw.museum.catalog.location;

import java.time.Instant;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;

/** An object listed at a location: what it is, where exactly it is now, its home, since when. */
public record ObjectAtLocation(String objectNumber, Bilingual title, ArtifactStatus status, Whereabouts current,
                               LocationRef home, Instant since) {
}
