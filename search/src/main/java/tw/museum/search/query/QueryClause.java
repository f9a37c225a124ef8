package tw.museum.search.query;

/** One unit of the user's query: a bare word group or a quoted phrase. Every clause must match somewhere. */
public record QueryClause(String text, boolean phrase) {
}
