package tw.museum.search.api;

/** One facet value and how many results have it. */
public record FacetCount(String value, long count) {
}
