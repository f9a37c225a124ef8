package tw.museum.search.api;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One search. {@code types} are the kinds of entry searched (objects only unless asked: the object pages and API
 * clients predate the other types). {@code page} is 1-based. Filters: values within one facet are OR-ed, facets are AND-ed.
 * The year range keeps objects whose [earliestYear, latestYear] overlaps [yearFrom, yearTo]. {@code facetSize} is how
 * many values each facet gives at most, the most frequent first.
 */
public record SearchRequest(
        String query,
        Map<Facet, Set<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        SortOrder sort,
        int page,
        int pageSize,
        Set<Facet> facets,
        int facetSize,
        Audience audience,
        Set<EntryType> types) {

    public SearchRequest {
        query = query == null ? "" : query;
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (facet != null && values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        filters = Map.copyOf(copy);
        facets = facets == null || facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        audience = audience == null ? Audience.PUBLIC : audience;
        types = types == null || types.isEmpty() ? Set.of(EntryType.OBJECT) : Set.copyOf(EnumSet.copyOf(types));
    }

    public boolean searchesAllTypes() {
        return types.size() == EntryType.values().length;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    /** Small fluent builder, mostly for tests and the benchmark. */
    public static final class Builder {
        private String query = "";
        private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        private Integer yearFrom;
        private Integer yearTo;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int page = 1;
        private int pageSize = 20;
        private final Set<Facet> facets = EnumSet.noneOf(Facet.class);
        private int facetSize = SearchLimits.DEFAULT_FACET_SIZE;
        private Audience audience = Audience.PUBLIC;
        private final Set<EntryType> types = EnumSet.noneOf(EntryType.class);

        public Builder query(String query) { this.query = query; return this; }
        public Builder filter(Facet facet, String... values) {
            filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(java.util.List.of(values));
            return this;
        }
        public Builder years(Integer from, Integer to) { this.yearFrom = from; this.yearTo = to; return this; }
        public Builder sort(SortOrder sort) { this.sort = sort; return this; }
        public Builder page(int page) { this.page = page; return this; }
        public Builder pageSize(int pageSize) { this.pageSize = pageSize; return this; }
        public Builder facets(Facet... facets) { this.facets.addAll(java.util.List.of(facets)); return this; }
        public Builder facetSize(int facetSize) { this.facetSize = facetSize; return this; }
        public Builder audience(Audience audience) { this.audience = audience; return this; }
        public Builder types(EntryType... types) { this.types.addAll(java.util.List.of(types)); return this; }
        public Builder allTypes() { return types(EntryType.values()); }

        public SearchRequest build() {
            return new SearchRequest(query, filters, yearFrom, yearTo, sort, page, pageSize, facets, facetSize, audience, types);
        }
    }
}
