package tw.museum.catalog.learning;

/** The suggested audience of a learning unit, by the stages of Taiwan's schooling. */
public enum AgeGroup {
    PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, ADULT, FAMILY;

    /** The form used in URLs ("junior-high"). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<AgeGroup> fromSlug(String slug) {
        for (AgeGroup g : values()) {
            if (g.slug().equals(slug) || g.name().equals(slug)) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }
}
