package tw.museum.search.document;

/**
 * A searchable text field, its analyzer family, its weight in relevance, and whether it is searched for every
 * query word or only for words of one Han character (unigram fields would make longer words match characters
 * scattered anywhere in a text).
 */
public record FieldWeight(String field, Language language, float boost, boolean singleCharacterOnly) {
    public enum Language { CHINESE, ENGLISH, BIGRAM, UNIGRAM }

    public FieldWeight(String field, Language language, float boost) {
        this(field, language, boost, false);
    }

    /** Whether this field takes part in matching a query word. */
    public boolean searchedFor(String word) {
        return !singleCharacterOnly || isSingleHanCharacter(word);
    }

    public static boolean isSingleHanCharacter(String word) {
        String w = word.strip();
        return w.codePointCount(0, w.length()) == 1
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
