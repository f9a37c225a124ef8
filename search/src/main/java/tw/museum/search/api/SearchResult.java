package tw.museum.search.api;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tw.museum.search.query.ParsedQuery;

/**
 * Total matches, one page of hits, requested facets with counts (descending count, then value), and, when
 * nothing matched, suggestions of titles and makers that start like the query.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, List<Suggestion> suggestions) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public List<String> objectNumbers() {
        return hits.stream().map(SearchHit::objectNumber).toList();
    }

    /** This result, with suggestions added if it found nothing. */
    public SearchResult withSuggestions(BiFunction<ParsedQuery, Audience, List<Suggestion>> suggester, ParsedQuery query, Audience audience) {
        if (total > 0) {
            return this;
        }
        return new SearchResult(total, hits, facets, suggester.apply(query, audience));
    }
}
