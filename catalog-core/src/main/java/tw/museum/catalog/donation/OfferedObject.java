package tw.museum.catalog.donation;

/** One object a donor offers: what it is, its history and provenance, roughly when it was made. */
public record OfferedObject(String title, String description, String history, String dateMade) {
}
