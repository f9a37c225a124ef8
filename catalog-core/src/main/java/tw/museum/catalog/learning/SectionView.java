package tw.museum.catalog.learning;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

public record SectionView(Bilingual heading, Bilingual body, List<ItemView> items) {
}
