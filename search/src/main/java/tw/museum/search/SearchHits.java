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
        List<String> makers = doc.makers().stream()
                .flatMap(m -> Stream.of(m.nameZh(), m.nameEn()))
                .filter(n -> n != null && !n.isBlank())
                .toList();
        return new SearchHit(doc.objectNumber(), doc.titleZh(), doc.titleEn(), doc.dateDisplay(), makers,
                doc.classification() == null ? null : doc.classification().code(), doc.hasImage(), doc.status(),
                audience.seesRestricted() ? doc.storageLocation() : null, score, highlights, doc.type());
    }
}
