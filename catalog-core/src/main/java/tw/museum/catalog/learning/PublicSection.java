package tw.museum.catalog.learning;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

public record PublicSection(Bilingual heading, Bilingual body, List<PublicItem> items) {
}
