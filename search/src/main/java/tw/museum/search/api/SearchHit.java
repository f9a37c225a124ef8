package tw.museum.search.api;

import java.util.List;
import java.util.Map;

/**
 * One result, of one {@link EntryType}; {@code objectNumber} is its key within the type (see SearchDocument). {@code highlights} maps a field name (title_zh, title_en, description_zh, description_en)
 * to snippets with matches wrapped in {@code <em>}. {@code storageLocation} is null for the public.
 */
public record SearchHit(
        String objectNumber,
        String titleZh,
        String titleEn,
        String dateDisplay,
        List<String> makerNames,
        String classificationCode,
        boolean hasImage,
        PublicationStatus status,
        String storageLocation,
        float score,
        Map<String, List<String>> highlights,
        EntryType type) {

    public SearchHit {
        makerNames = makerNames == null ? List.of() : List.copyOf(makerNames);
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
        type = type == null ? EntryType.OBJECT : type;
    }
}
