package tw.museum.search.query;

import java.util.List;

/**
 * A word of the query (its place in the clause text, as analyzed for spelling) that no public entry contains,
 * with the spellings the index offers, best first.
 */
public record UnknownWord(int start, int end, String term, List<SpellingOption> options) {
    public UnknownWord {
        options = List.copyOf(options);
    }
}
