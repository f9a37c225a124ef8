package tw.museum.catalog.exhibition;

import java.time.LocalDate;
import tw.museum.catalog.common.Bilingual;

/** A published exhibition in a list (the public list, an object's exhibition history); cover is a public image or null. */
public record ExhibitionSummary(String number, Bilingual title, Bilingual venue, ExhibitionKind kind,
                                LocalDate opensOn, LocalDate closesOn, ExhibitionPhase phase, Long coverMediaId) {
}
