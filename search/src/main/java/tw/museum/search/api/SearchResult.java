package tw.museum.search.api;

import java.util.List;
import java.util.Map;

/** Total matches, one page of hits, requested facets with counts (descending count, then value). */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, List<Suggestion> suggestions) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public List<String> objectNumbers() {
        return hits.stream().map(SearchHit::objectNumber).toList();
    }
}
