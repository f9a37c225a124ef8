package tw.museum.catalog.exhibition;

import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * An exhibition as staff submit it, from a form or the API alike. {@code objects} is the whole list in
 * display order; {@code location} is the code of the location its objects move to when installed.
 */
public record ExhibitionData(Bilingual title, Bilingual description, Bilingual venue, ExhibitionKind kind,
                             String curator, LocalDate opensOn, LocalDate closesOn, String location,
                             List<ExhibitData> objects, Long version) {

    public ExhibitionData {
        title = title == null ? Bilingual.empty() : title;
        description = description == null ? Bilingual.empty() : description;
        venue = venue == null ? Bilingual.empty() : venue;
        objects = objects == null ? List.of() : List.copyOf(objects);
    }
}
