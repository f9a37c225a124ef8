package tw.museum.search.query;

/** A spelling the index knows for an unknown word: the term, how many entries have it, and its similarity (0..1). */
public record SpellingOption(String term, int frequency, float score) {
}
