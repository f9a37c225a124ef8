package tw.museum.catalog.conservation;

import java.time.LocalDate;
import tw.museum.catalog.common.Bilingual;

/** A published story in a list or on its object's page; cover is the position of its card photo, or null. */
public record StorySummary(long id, String objectNumber, Bilingual artifactTitle, Bilingual title, Bilingual summary,
                           LocalDate treatedOn, Integer coverPosition) {
}
