package tw.museum.search.query;

import java.util.Map;
import java.util.Set;
import tw.museum.search.api.Facet;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchLimits;
import tw.museum.search.api.SearchRequest;

/** All request checks in one place, run by every backend before any engine sees the request. */
public final class SearchRequestValidator {
    private final QueryTextParser parser;

    public SearchRequestValidator(QueryTextParser parser) {
        this.parser = parser;
    }

    /** Validates and returns the parsed query text. */
    public ParsedQuery validate(SearchRequest request) {
        if (request == null) {
            throw new InvalidSearchRequestException("request", "required");
        }
        String query = request.query();
        if (query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new InvalidSearchRequestException("q", "too-long", SearchLimits.MAX_QUERY_LENGTH, query.length());
        }
        if (query.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidSearchRequestException("q", "control-characters");
        }
        if (request.page() < 1) {
            throw new InvalidSearchRequestException("page", "page-too-small", request.page());
        }
        if (request.pageSize() < 1 || request.pageSize() > SearchLimits.MAX_PAGE_SIZE) {
            throw new InvalidSearchRequestException("pageSize", "page-size-range", SearchLimits.MAX_PAGE_SIZE, request.pageSize());
        }
        if (request.facetSize() < 1 || request.facetSize() > SearchLimits.MAX_FACET_SIZE) {
            throw new InvalidSearchRequestException("facetSize", "facet-size-range", SearchLimits.MAX_FACET_SIZE, request.facetSize());
        }
        if ((long) request.page() * request.pageSize() > SearchLimits.MAX_RESULT_WINDOW) {
            throw new InvalidSearchRequestException("page", "beyond-result-window", request.page(), request.pageSize(),
                    SearchLimits.MAX_RESULT_WINDOW);
        }
        checkYear("yearFrom", request.yearFrom());
        checkYear("yearTo", request.yearTo());
        if (request.yearFrom() != null && request.yearTo() != null && request.yearFrom() > request.yearTo()) {
            throw new InvalidSearchRequestException("yearFrom", "year-order");
        }
        for (Map.Entry<Facet, Set<String>> filter : request.filters().entrySet()) {
            String name = "filter." + filter.getKey().parameterName();
            if (filter.getValue().size() > SearchLimits.MAX_FILTER_VALUES) {
                throw new InvalidSearchRequestException(name, "too-many-values", SearchLimits.MAX_FILTER_VALUES);
            }
            for (String value : filter.getValue()) {
                if (value == null || value.isBlank() || value.length() > SearchLimits.MAX_FILTER_VALUE_LENGTH) {
                    throw new InvalidSearchRequestException(name, "filter-value", SearchLimits.MAX_FILTER_VALUE_LENGTH);
                }
            }
        }
        ParsedQuery parsed = parser.parse("q", query);
        if (parsed.clauses().size() > SearchLimits.MAX_QUERY_WORDS) {
            throw new InvalidSearchRequestException("q", "too-many-words", SearchLimits.MAX_QUERY_WORDS, parsed.clauses().size());
        }
        return parsed;
    }

    /** The engine found the query too complex after analysis (too many terms): still the caller's query. */
    public static InvalidSearchRequestException tooComplex() {
        return new InvalidSearchRequestException("q", "too-complex");
    }

    public String validateSuggestPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new InvalidSearchRequestException("prefix", "required");
        }
        if (prefix.length() > SearchLimits.MAX_SUGGEST_PREFIX_LENGTH) {
            throw new InvalidSearchRequestException("prefix", "too-long", SearchLimits.MAX_SUGGEST_PREFIX_LENGTH, prefix.length());
        }
        return prefix.strip();
    }

    public void validateRelated(String objectNumber, int count) {
        if (objectNumber == null || objectNumber.isBlank() || objectNumber.length() > SearchLimits.MAX_FILTER_VALUE_LENGTH) {
            throw new InvalidSearchRequestException("objectNumber", "filter-value", SearchLimits.MAX_FILTER_VALUE_LENGTH);
        }
        if (count < 1 || count > SearchLimits.MAX_RELATED) {
            throw new InvalidSearchRequestException("count", "count-range", SearchLimits.MAX_RELATED);
        }
    }

    private static void checkYear(String name, Integer year) {
        if (year != null && (year < SearchLimits.MIN_YEAR || year > SearchLimits.MAX_YEAR)) {
            throw new InvalidSearchRequestException(name, "year-range", SearchLimits.MIN_YEAR, SearchLimits.MAX_YEAR);
        }
    }
}
