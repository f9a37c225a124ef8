package tw.museum.catalog.exhibition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * An exhibition as staff see it, drafts, display notes and unpublished objects included; also its audit
 * snapshot. {@code location} is the code of the location its objects move to (null: none chosen yet),
 * {@code locationName} its full name from the building down.
 */
public record ExhibitionView(String number, Bilingual title, Bilingual description, Bilingual venue,
                             ExhibitionKind kind, String curator, LocalDate opensOn, LocalDate closesOn,
                             String location, Bilingual locationName, ExhibitionPhase phase, boolean published, Instant publishedAt,
                             Installation installation, Instant installedAt, Instant closedAt,
                             List<ExhibitView> objects, Instant createdAt, String createdBy, Instant updatedAt,
                             String updatedBy, long version) {
}
