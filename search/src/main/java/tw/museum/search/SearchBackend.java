package tw.museum.search;

import java.util.Locale;

/** Which engine serves search: embedded Lucene (the default) or an Elasticsearch cluster. */
public enum SearchBackend {
    LUCENE,
    ELASTICSEARCH;

    public static SearchBackend fromConfiguration(String value) {
        if (value == null || value.isBlank()) {
            return LUCENE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("search backend must be 'lucene' or 'elasticsearch', was '" + value + "'", e);
        }
    }
}
