package tw.museum.search.api;

import java.util.List;
import java.util.Map;

/**
 * One result. {@code highlights} maps a field name (title_zh, title_en, description_zh, description_en)
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
        Map<String, List<String>> highlights) {

    public SearchHit {
        makerNames = makerNames == null ? List.of() : List.copyOf(makerNames);
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
    }
}
