package tw.museum.search.query;

import java.util.List;
import java.util.Map;
import tw.museum.search.api.Audience;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Facet;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;

/**
 * Builds a {@link SearchRequest} from raw web parameters (q, page, pageSize, sort, facet, facetSize, yearFrom, yearTo,
 * filter.&lt;facet&gt;, type: repeatable entry types or {@code all}; objects when absent), turning every malformed
 * value into an {@link InvalidSearchRequestException}. {@code size} is still read as {@code pageSize} (deprecated).
 * The audience comes from the caller's role, never from a parameter.
 */
public final class SearchRequestParser {

    public SearchRequest parse(Map<String, List<String>> parameters, Audience audience) {
        SearchRequest.Builder builder = SearchRequest.builder().audience(audience);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue() == null ? List.of() : parameter.getValue();
            String first = values.isEmpty() ? null : values.get(0);
            switch (name) {
                case "q" -> builder.query(first);
                case "page" -> builder.page(integer(name, first));
                case "pageSize" -> builder.pageSize(integer(name, first));
                // The name /api/v1/artifacts used before the API settled on pageSize; accepted for one more release.
                case "size" -> {
                    if (!parameters.containsKey("pageSize")) {
                        builder.pageSize(integer(name, first));
                    }
                }
                case "type" -> values.forEach(v -> {
                    if ("all".equalsIgnoreCase(v == null ? "" : v.strip())) {
                        builder.allTypes();
                    } else {
                        builder.types(EntryType.fromParameter(name, v));
                    }
                });
                case "sort" -> builder.sort(SortOrder.fromParameter(name, first));
                case "yearFrom" -> builder.years(integer(name, first), parameters.containsKey("yearTo")
                        ? integer("yearTo", parameters.get("yearTo").get(0)) : null);
                case "yearTo" -> {
                    if (!parameters.containsKey("yearFrom")) {
                        builder.years(null, integer(name, first));
                    }
                }
                case "facet" -> values.forEach(v -> builder.facets(Facet.fromParameter(name, v)));
                case "facetSize" -> builder.facetSize(integer(name, first));
                default -> {
                    if (name.startsWith("filter.")) {
                        Facet facet = Facet.fromParameter(name, name.substring("filter.".length()));
                        builder.filter(facet, values.toArray(String[]::new));
                    } else {
                        throw new InvalidSearchRequestException(name, "unknown-parameter");
                    }
                }
            }
        }
        return builder.build();
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSearchRequestException(name, "whole-number");
        }
    }
}
