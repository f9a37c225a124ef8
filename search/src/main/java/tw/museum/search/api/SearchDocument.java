package tw.museum.search.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the search engine knows about one object. The id is the object number.
 * {@code storageLocation} and {@code internalNotes} are restricted: searchable and visible to staff only.
 */
public record SearchDocument(
        String objectNumber,
        String titleZh,
        String titleEn,
        Term objectName,
        Term classification,
        List<Maker> makers,
        List<Term> materials,
        List<Term> techniques,
        List<Term> subjects,
        List<Term> places,
        String descriptionZh,
        String descriptionEn,
        String dateDisplay,
        Integer earliestYear,
        Integer latestYear,
        boolean hasImage,
        PublicationStatus status,
        String storageLocation,
        String internalNotes,
        Instant updatedAt) {

    public SearchDocument {
        if (objectNumber == null || objectNumber.isBlank()) {
            throw new IllegalArgumentException("objectNumber is required");
        }
        Objects.requireNonNull(status, "status");
        makers = makers == null ? List.of() : List.copyOf(makers);
        materials = materials == null ? List.of() : List.copyOf(materials);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        places = places == null ? List.of() : List.copyOf(places);
        updatedAt = updatedAt == null ? Instant.EPOCH : updatedAt;
    }

    public String id() {
        return objectNumber;
    }
}
