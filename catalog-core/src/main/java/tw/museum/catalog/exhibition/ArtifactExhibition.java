package tw.museum.catalog.exhibition;

import java.time.Instant;
import java.time.LocalDate;
import tw.museum.catalog.common.Bilingual;

/** One exhibition in an object's usage history (staff): published or not, and when the object was on display. */
public record ArtifactExhibition(String number, Bilingual title, Bilingual venue, ExhibitionKind kind,
                                 LocalDate opensOn, LocalDate closesOn, boolean published, Installation installation,
                                 Instant installedAt, Instant returnedAt) {
}
