package tw.museum.catalog.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/** A recorded use as staff read it (uses are internal: no public page or export shows them). */
public record CollectionUseView(long id, UseKind kind, Bilingual purpose, LocalDate usedFrom, LocalDate usedUntil,
                                String usedBy, String notes, List<UsedObject> objects, Instant createdAt,
                                String createdBy, Instant updatedAt, String updatedBy, long version) {
}
