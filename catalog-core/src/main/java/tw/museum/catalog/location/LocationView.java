package tw.museum.catalog.location;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/** A location for staff: itself, the locations above it (the building first) and its environment notes. */
public record LocationView(long id, String code, Bilingual name, LocationKind kind, Long parentId,
                           List<LocationRef> ancestors, Bilingual fullName, Bilingual environment, int depth,
                           boolean retired, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy, long version) {
}
