package tw.museum.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Result orders. Every order breaks ties by object number so both backends page identically. */
public enum SortOrder {
    RELEVANCE,
    OBJECT_NUMBER,
    YEAR_ASC,
    YEAR_DESC,
    UPDATED_DESC;

    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortOrder fromParameter(String parameter, String value) {
        for (SortOrder order : values()) {
            if (order.parameterName().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return order;
            }
        }
        throw new InvalidSearchRequestException(parameter, "unknown-sort", SearchLimits.abbreviate(value),
                Arrays.stream(values()).map(SortOrder::parameterName).collect(Collectors.joining(", ")));
    }
}
