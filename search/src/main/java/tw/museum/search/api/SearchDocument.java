package tw.museum.search.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the search engine knows about one entry: an object, or a person, term or learning unit mapped onto the
 * same fields (name as title, biography or scope note as description). {@code objectNumber} is the entry's key
 * within its type (the object number, an agent id, {@code vocabulary/code}, a unit's slug); {@link #id()} is
 * unique across types. {@code storageLocation}, {@code internalNotes} and restricted documents are staff only.
 * {@code visibleFrom} hides a published entry from the public until then (a learning unit's publication time).
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
        Instant updatedAt,
        EntryType type,
        Instant visibleFrom,
        List<AttachedText> documents) {

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
        type = type == null ? EntryType.OBJECT : type;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** An object without attached documents (the form every object had before other types joined). */
    public SearchDocument(String objectNumber, String titleZh, String titleEn, Term objectName, Term classification,
                          List<Maker> makers, List<Term> materials, List<Term> techniques, List<Term> subjects,
                          List<Term> places, String descriptionZh, String descriptionEn, String dateDisplay,
                          Integer earliestYear, Integer latestYear, boolean hasImage, PublicationStatus status,
                          String storageLocation, String internalNotes, Instant updatedAt) {
        this(objectNumber, titleZh, titleEn, objectName, classification, makers, materials, techniques, subjects, places,
                descriptionZh, descriptionEn, dateDisplay, earliestYear, latestYear, hasImage, status, storageLocation,
                internalNotes, updatedAt, EntryType.OBJECT, null, List.of());
    }

    public String id() {
        return type.id(objectNumber);
    }

    public SearchDocument withDocuments(List<AttachedText> attached) {
        return new SearchDocument(objectNumber, titleZh, titleEn, objectName, classification, makers, materials, techniques,
                subjects, places, descriptionZh, descriptionEn, dateDisplay, earliestYear, latestYear, hasImage, status,
                storageLocation, internalNotes, updatedAt, type, visibleFrom, attached);
    }

    /** Whether the public may find it at {@code now}: published, and its time has come. */
    public boolean publicAt(Instant now) {
        return status == PublicationStatus.PUBLISHED && (visibleFrom == null || !visibleFrom.isAfter(now));
    }
}
