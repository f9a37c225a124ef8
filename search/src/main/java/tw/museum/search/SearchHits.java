package tw.museum.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;

/** Builds hits from stored documents; restricted fields leave only for staff. */
public final class SearchHits {
    private SearchHits() {
    }

    public static SearchHit of(SearchDocument doc, Audience audience, float score, Map<String, List<String>> highlights) {
        return forAudience(whole(doc), audience, score, highlights);
    }

    /** Everything a hit of this document shows, restricted fields included: to keep in an index, never to send. */
    public static SearchHit whole(SearchDocument doc) {
        List<String> makers = doc.makers().stream()
                .flatMap(m -> Stream.of(m.nameZh(), m.nameEn()))
                .filter(n -> n != null && !n.isBlank())
                .toList();
        return new SearchHit(doc.objectNumber(), doc.titleZh(), doc.titleEn(), doc.dateDisplay(), makers,
                doc.classification() == null ? null : doc.classification().code(), doc.hasImage(), doc.status(),
                doc.storageLocation(), 0f, Map.of(), doc.type());
    }

    /** A {@link #whole} hit as this audience may see it, with its score and highlights. */
    public static SearchHit forAudience(SearchHit whole, Audience audience, float score, Map<String, List<String>> highlights) {
        return new SearchHit(whole.objectNumber(), whole.titleZh(), whole.titleEn(), whole.dateDisplay(), whole.makerNames(),
                whole.classificationCode(), whole.hasImage(), whole.status(),
                audience.seesRestricted() ? whole.storageLocation() : null, score, highlights, whole.type());
    }
}
