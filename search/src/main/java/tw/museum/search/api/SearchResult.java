package tw.museum.search.api;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tw.museum.search.query.ParsedQuery;

/**
 * Total matches, one page of hits, requested facets with counts (descending count, then value), and, when
 * nothing matched, suggestions of titles and makers that start like the query. {@code didYouMean} is the query
 * with its unknown words spelt as the index spells them (null when there is nothing to correct);
 * {@code approximate} says the hits include matches found by respelling unknown words (or a near object number), after every exact match.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, List<Suggestion> suggestions,
                           String didYouMean, boolean approximate) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, List<Suggestion> suggestions) {
        this(total, hits, facets, suggestions, null, false);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), null, null);
    }

    /** This result marked as the approximate answer, with the correction offered. */
    public SearchResult asApproximate(String correction) {
        return new SearchResult(total, hits, facets, suggestions, correction, true);
    }

    /** This result with a correction to offer (the approximate search found nothing either). */
    public SearchResult withDidYouMean(String correction) {
        return new SearchResult(total, hits, facets, suggestions, correction, approximate);
    }

    public List<String> objectNumbers() {
        return hits.stream().map(SearchHit::objectNumber).toList();
    }

    /** This result, with suggestions added if it found nothing. */
    public SearchResult withSuggestions(BiFunction<ParsedQuery, Audience, List<Suggestion>> suggester, ParsedQuery query, Audience audience) {
        if (total > 0) {
            return this;
        }
        return new SearchResult(total, hits, facets, suggester.apply(query, audience), didYouMean, approximate);
    }
}
