package tw.museum.search.document;

/** A searchable text field, its analyzer family and its weight in relevance. */
public record FieldWeight(String field, Language language, float boost) {
    public enum Language { CHINESE, ENGLISH, BIGRAM }
}
