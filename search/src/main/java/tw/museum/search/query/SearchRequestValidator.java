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
            throw new InvalidSearchRequestException("request", "is required");
        }
        String query = request.query();
        if (query.length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new InvalidSearchRequestException("q", "is " + query.length() + " characters long; at most "
                    + SearchLimits.MAX_QUERY_LENGTH + " are allowed");
        }
        if (query.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidSearchRequestException("q", "contains control characters");
        }
        if (request.page() < 1) {
            throw new InvalidSearchRequestException("page", "must be 1 or more, was " + request.page());
        }
        if (request.pageSize() < 1 || request.pageSize() > SearchLimits.MAX_PAGE_SIZE) {
            throw new InvalidSearchRequestException("pageSize", "must be between 1 and " + SearchLimits.MAX_PAGE_SIZE
                    + ", was " + request.pageSize());
        }
        if ((long) request.page() * request.pageSize() > SearchLimits.MAX_RESULT_WINDOW) {
            throw new InvalidSearchRequestException("page", "page " + request.page() + " of size " + request.pageSize()
                    + " is beyond the first " + SearchLimits.MAX_RESULT_WINDOW + " results; narrow the search instead");
        }
        checkYear("yearFrom", request.yearFrom());
        checkYear("yearTo", request.yearTo());
        if (request.yearFrom() != null && request.yearTo() != null && request.yearFrom() > request.yearTo()) {
            throw new InvalidSearchRequestException("yearFrom", "must not be after yearTo");
        }
        for (Map.Entry<Facet, Set<String>> filter : request.filters().entrySet()) {
            String name = "filter." + filter.getKey().parameterName();
            if (filter.getValue().size() > SearchLimits.MAX_FILTER_VALUES) {
                throw new InvalidSearchRequestException(name, "has more than " + SearchLimits.MAX_FILTER_VALUES + " values");
            }
            for (String value : filter.getValue()) {
                if (value == null || value.isBlank() || value.length() > SearchLimits.MAX_FILTER_VALUE_LENGTH) {
                    throw new InvalidSearchRequestException(name, "values must be non-blank and at most "
                            + SearchLimits.MAX_FILTER_VALUE_LENGTH + " characters");
                }
            }
        }
        ParsedQuery parsed = parser.parse("q", query);
        if (parsed.clauses().size() > SearchLimits.MAX_QUERY_WORDS) {
            throw new InvalidSearchRequestException("q", "has " + parsed.clauses().size() + " words and phrases; at most "
                    + SearchLimits.MAX_QUERY_WORDS + " are allowed");
        }
        return parsed;
    }

    /** The engine found the query too complex after analysis (too many terms): still the caller's query. */
    public static InvalidSearchRequestException tooComplex() {
        return new InvalidSearchRequestException("q", "is too complex after analysis: use fewer or shorter words");
    }

    public String validateSuggestPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new InvalidSearchRequestException("prefix", "is required");
        }
        if (prefix.length() > SearchLimits.MAX_SUGGEST_PREFIX_LENGTH) {
            throw new InvalidSearchRequestException("prefix", "is longer than " + SearchLimits.MAX_SUGGEST_PREFIX_LENGTH + " characters");
        }
        return prefix.strip();
    }

    public void validateRelated(String objectNumber, int count) {
        if (objectNumber == null || objectNumber.isBlank() || objectNumber.length() > SearchLimits.MAX_FILTER_VALUE_LENGTH) {
            throw new InvalidSearchRequestException("objectNumber", "is required and at most "
                    + SearchLimits.MAX_FILTER_VALUE_LENGTH + " characters");
        }
        if (count < 1 || count > SearchLimits.MAX_RELATED) {
            throw new InvalidSearchRequestException("count", "must be between 1 and " + SearchLimits.MAX_RELATED);
        }
    }

    private static void checkYear(String name, Integer year) {
        if (year != null && (year < SearchLimits.MIN_YEAR || year > SearchLimits.MAX_YEAR)) {
            throw new InvalidSearchRequestException(name, "must be between " + SearchLimits.MIN_YEAR + " and " + SearchLimits.MAX_YEAR);
        }
    }
}
