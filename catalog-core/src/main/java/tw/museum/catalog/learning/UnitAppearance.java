package tw.museum.catalog.learning;

import java.time.Instant;
import tw.museum.catalog.common.Bilingual;

/** A unit an artifact appears in, for its usage history (staff): published, scheduled or a draft. */
public record UnitAppearance(String slug, Bilingual title, UnitStatus status, Instant publishAt) {
}
