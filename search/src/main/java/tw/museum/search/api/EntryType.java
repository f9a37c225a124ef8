package tw.museum.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a search entry is. Every type lives in the one index, ranked together and counted in the {@code type}
 * facet. Adding a type (exhibitions) takes a constant here, a {@code SearchEntrySource} for it in
 * {@code search.catalog}, its label in the site's bundles and its link in the search page.
 */
public enum EntryType {
    OBJECT("object"),
    PERSON("person"),
    TERM("term"),
    LEARNING_UNIT("learning-unit");

    private final String code;

    EntryType(String code) {
        this.code = code;
    }

    /** The name in URLs, facet values and the change feed's record types: {@code object}, {@code learning-unit}. */
    public String code() {
        return code;
    }

    /** The index id of an entry: objects keep their object number (older indexes and clients), others are prefixed. */
    public String id(String key) {
        return this == OBJECT ? key : code + ":" + key;
    }

    public static EntryType fromParameter(String parameter, String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (EntryType type : values()) {
            if (type.code.equals(wanted) || type.name().equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        throw new InvalidSearchRequestException(parameter, "unknown-type", SearchLimits.abbreviate(value),
                Arrays.stream(values()).map(EntryType::code).collect(Collectors.joining(", ")) + ", all");
    }
}
