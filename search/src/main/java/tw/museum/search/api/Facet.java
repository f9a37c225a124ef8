package tw.museum.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The facets both backends count and filter on. Parameter names are the lower-case enum names. */
public enum Facet {
    CLASSIFICATION,
    MATERIAL,
    TECHNIQUE,
    SUBJECT,
    MAKER,
    DECADE,
    CENTURY,
    PLACE,
    HAS_IMAGE,
    /** The entry type (object, person, term, learning-unit); see {@link EntryType}. */
    TYPE;

    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a facet name from a request; unknown names are a validation error, not an internal one. */
    public static Facet fromParameter(String parameter, String value) {
        for (Facet facet : values()) {
            if (facet.parameterName().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return facet;
            }
        }
        throw new InvalidSearchRequestException(parameter, "unknown-facet", SearchLimits.abbreviate(value),
                Arrays.stream(values()).map(Facet::parameterName).collect(Collectors.joining(", ")));
    }
}
