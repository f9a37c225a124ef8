package tw.museum.search.query;

import java.util.List;
import java.util.function.Function;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.Suggestion;

/**
 * When a search finds nothing, offer what its first word starts like ("Ko Shing Stret" → "Ko Shing Street,
 * Sheung Wan"), the same way in both backends.
 */
public final class ZeroHitSuggestions {
    private ZeroHitSuggestions() {
    }

    public static List<Suggestion> of(ParsedQuery query, Function<String, List<Suggestion>> suggest) {
        if (query.matchAll()) {
            return List.of();
        }
        String first = query.clauses().get(0).text();
        String prefix = first.length() > SearchLimits.MAX_SUGGEST_PREFIX_LENGTH ? first.substring(0, SearchLimits.MAX_SUGGEST_PREFIX_LENGTH) : first;
        return prefix.isBlank() ? List.of() : suggest.apply(prefix);
    }
}
