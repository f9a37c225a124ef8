package tw.museum.catalog.learning;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

/** A section of a unit's story as staff submit it. */
public record SectionData(Bilingual heading, Bilingual body, List<ItemData> items) {

    public SectionData {
        heading = heading == null ? Bilingual.empty() : heading;
        body = body == null ? Bilingual.empty() : body;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
