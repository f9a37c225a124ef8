package tw.museum.search.api;

/** A controlled term (classification, material, place...) with its code, used as facet key, and bilingual labels. */
public record Term(String code, String zh, String en) {
    public Term {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("term code is required");
        }
    }

    public static Term of(String code, String zh, String en) {
        return new Term(code, zh, en);
    }
}
