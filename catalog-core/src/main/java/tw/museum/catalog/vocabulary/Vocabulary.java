package tw.museum.catalog.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** The controlled vocabularies of the catalogue. */
public enum Vocabulary {
    OBJECT_NAME, CLASSIFICATION, MATERIAL, TECHNIQUE, SUBJECT, CONDITION;

    /** The form used in URLs: lower case with hyphens ("object-name"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Vocabulary> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        for (Vocabulary v : values()) {
            if (v.slug().equals(slug) || v.name().equalsIgnoreCase(slug)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
