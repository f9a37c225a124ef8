package tw.museum.search.api;

/** The limits requests are validated against, in one place. */
public final class SearchLimits {
    public static final int MAX_QUERY_LENGTH = 500;
    /** Words and phrases in one query; each becomes a clause per searched field. */
    public static final int MAX_QUERY_WORDS = 32;
    public static final int MAX_PAGE_SIZE = 100;
    /** Values given per facet unless asked otherwise: what a sidebar shows (the rest are a filter away). */
    public static final int DEFAULT_FACET_SIZE = 20;
    public static final int MAX_FACET_SIZE = 100;
    /** Deepest result reachable by paging; Elasticsearch's default max_result_window. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int MAX_FILTER_VALUES = 50;
    public static final int MAX_FILTER_VALUE_LENGTH = 200;
    public static final int MAX_SUGGEST_PREFIX_LENGTH = 100;
    public static final int MAX_RELATED = 50;
    public static final int MIN_YEAR = -10_000;
    public static final int MAX_YEAR = 3_000;

    private SearchLimits() {
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
