package tw.museum.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.Maker;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Suggestion;

/**
 * Turns the documents a backend found for a prefix into suggestions. Shared so both backends suggest the
 * same: whole-text prefix matches before word-start matches, then shorter texts, then alphabetical.
 */
public final class SuggestionRanker {
    public static final int MAX_SUGGESTIONS = 10;
    /** How many candidate documents a backend should fetch for one prefix. */
    public static final int CANDIDATE_DOCUMENTS = 200;

    private final KeywordNormalizer normalizer;

    public SuggestionRanker(KeywordNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Suggestion> rank(String prefix, List<SearchDocument> candidates) {
        String key = normalizer.normalize(prefix);
        Map<String, Ranked> best = new LinkedHashMap<>();
        for (SearchDocument doc : candidates) {
            consider(key, doc.titleZh(), Suggestion.Kind.TITLE, doc, best);
            consider(key, doc.titleEn(), Suggestion.Kind.TITLE, doc, best);
            for (Maker maker : doc.makers()) {
                consider(key, maker.nameZh(), Suggestion.Kind.MAKER, doc, best);
                consider(key, maker.nameEn(), Suggestion.Kind.MAKER, doc, best);
            }
        }
        List<Ranked> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparingInt(r -> r.suggestion().text().length())
                .thenComparing(r -> r.suggestion().text())
                .thenComparing(r -> r.suggestion().objectNumber()));
        return ranked.stream().limit(MAX_SUGGESTIONS).map(Ranked::suggestion).toList();
    }

    private void consider(String key, String text, Suggestion.Kind kind, SearchDocument doc, Map<String, Ranked> best) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normalized = normalizer.normalize(text);
        int rank;
        if (normalized.startsWith(key)) {
            rank = 0;
        } else if (normalized.contains(" " + key)) {
            rank = 1;
        } else {
            return;
        }
        String dedupe = kind + "|" + normalized;
        Ranked candidate = new Ranked(rank, new Suggestion(text.strip(), kind, doc.objectNumber()));
        best.merge(dedupe, candidate, (a, b) -> a.suggestion().objectNumber().compareTo(b.suggestion().objectNumber()) <= 0 ? a : b);
    }

    private record Ranked(int rank, Suggestion suggestion) {
    }
}
