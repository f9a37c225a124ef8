package tw.museum.catalog.usage;

import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * A use of collection objects as staff record it: what kind, its purpose, when, by whom (a person, a class,
 * a film crew: staff-only, it may name people), notes, and the objects used.
 */
public record CollectionUseData(UseKind kind, Bilingual purpose, LocalDate usedFrom, LocalDate usedUntil,
                                String usedBy, String notes, List<String> objectNumbers, Long version) {

    public CollectionUseData {
        purpose = purpose == null ? Bilingual.empty() : purpose;
        objectNumbers = objectNumbers == null ? List.of() : List.copyOf(objectNumbers);
    }
}
