package tw.museum.site.collection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;

/**
 * One state of the browse page, read from and written back to GET parameters only, so every state is
 * a URL that can be shared: {@code q}, {@code filter.<facet>} (repeatable), {@code sort}, {@code page}.
 * Unknown facets or sorts are ignored rather than refused: these URLs are typed and shared by people.
 */
public record BrowseQuery(String query, Map<Facet, Set<String>> filters, Sort sort, int page) {

    public static final int PAGE_SIZE = 24;
    public static final int MAX_PAGE = 400; // the search pages through the first 10,000 results
    static final String FILTER_PREFIX = "filter.";
    /** The facets the page offers; CENTURY and PLACE stay available as filters in URLs. */
    public static final List<Facet> SHOWN_FACETS = List.of(Facet.CLASSIFICATION, Facet.MATERIAL, Facet.MAKER,
            Facet.DECADE, Facet.HAS_IMAGE);
    private static final int MAX_VALUES_PER_FACET = 20;

    /** The sorts offered to visitors; "date" is the production year, earliest first. */
    public enum Sort {
        RELEVANCE(SortOrder.RELEVANCE), NUMBER(SortOrder.OBJECT_NUMBER), DATE(SortOrder.YEAR_ASC);

        final SortOrder order;

        Sort(SortOrder order) {
            this.order = order;
        }

        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public BrowseQuery {
        query = query == null || query.isBlank() ? null : query.strip();
        if (query != null && query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            query = query.substring(0, SearchLimits.MAX_QUERY_LENGTH);
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    public static BrowseQuery from(Map<String, String[]> parameters) {
        String q = first(parameters, "q");
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        parameters.forEach((name, values) -> {
            if (name.startsWith(FILTER_PREFIX)) {
                facet(name.substring(FILTER_PREFIX.length())).ifPresent(facet -> {
                    Set<String> set = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
                    for (String value : values) {
                        if (value != null && !value.isBlank() && set.size() < MAX_VALUES_PER_FACET) {
                            set.add(value.strip());
                        }
                    }
                });
            }
        });
        Sort sort = null;
        String sortParameter = first(parameters, "sort");
        for (Sort s : Sort.values()) {
            if (s.parameter().equals(sortParameter)) {
                sort = s;
            }
        }
        int page = 1;
        String pageParameter = first(parameters, "page");
        if (pageParameter != null) {
            try {
                page = Integer.parseInt(pageParameter.strip());
            } catch (NumberFormatException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be a number");
            }
        }
        return new BrowseQuery(q, filters, sort, page);
    }

    /** The sort in effect: relevance for a query, object number when just browsing. */
    public Sort effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return query == null ? Sort.NUMBER : Sort.RELEVANCE;
    }

    public boolean isSelected(Facet facet, String value) {
        return filters.getOrDefault(facet, Set.of()).contains(value);
    }

    public SearchRequest toSearchRequest() {
        SearchRequest.Builder builder = SearchRequest.builder().query(query).page(page).pageSize(PAGE_SIZE)
                .sort(effectiveSort().order).audience(Audience.PUBLIC)
                .facets(SHOWN_FACETS.toArray(Facet[]::new));
        filters.forEach((facet, values) -> builder.filter(facet, values.toArray(String[]::new)));
        return builder.build();
    }

    public BrowseQuery toggle(Facet facet, String value) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        filters.forEach((f, v) -> changed.put(f, new LinkedHashSet<>(v)));
        Set<String> values = changed.computeIfAbsent(facet, f -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return new BrowseQuery(query, changed, sort, 1);
    }

    public BrowseQuery withSort(Sort newSort) {
        return new BrowseQuery(query, filters, newSort, 1);
    }

    public BrowseQuery withPage(int newPage) {
        return new BrowseQuery(query, filters, sort, newPage);
    }

    /** The context-relative URL of this state (without the language, which {@link PublicLinks} adds). */
    public String path() {
        StringJoiner parameters = new StringJoiner("&");
        if (query != null) {
            parameters.add("q=" + encode(query));
        }
        filters.forEach((facet, values) -> values.forEach(value ->
                parameters.add(FILTER_PREFIX + facet.parameterName() + "=" + encode(value))));
        if (sort != null) {
            parameters.add("sort=" + sort.parameter());
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return parameters.length() == 0 ? "/objects" : "/objects?" + parameters;
    }

    /** Every (facet, value) chosen, in URL order, for the "remove this filter" list. */
    public List<Map.Entry<Facet, String>> chosen() {
        List<Map.Entry<Facet, String>> chosen = new ArrayList<>();
        filters.forEach((facet, values) -> values.forEach(value -> chosen.add(Map.entry(facet, value))));
        return chosen;
    }

    private static java.util.Optional<Facet> facet(String name) {
        for (Facet facet : Facet.values()) {
            if (facet.parameterName().equals(name)) {
                return java.util.Optional.of(facet);
            }
        }
        return java.util.Optional.empty();
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String encode(String value) {
        // a literal + would come back as a space
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }
}
