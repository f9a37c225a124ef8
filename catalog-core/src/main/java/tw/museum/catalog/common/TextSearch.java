package tw.museum.catalog.common;

import java.util.Locale;

/**
 * Turns a user's filter text into a case-insensitive LIKE pattern in which the user's own % and _ are
 * literal (queries use {@code escape '\\'}). Blank text matches everything.
 */
public final class TextSearch {

    private TextSearch() {
    }

    public static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return "%";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
