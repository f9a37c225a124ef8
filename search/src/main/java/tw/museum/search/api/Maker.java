package tw.museum.search.api;

/** A person or organisation that made the object; the id is the constituent authority id and the facet key. */
public record Maker(String id, String nameZh, String nameEn, String role) {
    public Maker {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("maker id is required");
        }
    }
}
