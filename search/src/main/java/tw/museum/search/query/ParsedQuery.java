package tw.museum.search.query;

import java.util.List;

/**
 * The user's query text understood once, for both backends: its clauses, the whole text, and whether it
 * looks like an object number (then exact and prefix matches on object numbers are tried too).
 */
public record ParsedQuery(String text, List<QueryClause> clauses, String objectNumberKey) {
    public ParsedQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean matchAll() {
        return clauses.isEmpty();
    }

    public boolean looksLikeObjectNumber() {
        return objectNumberKey != null;
    }
}
