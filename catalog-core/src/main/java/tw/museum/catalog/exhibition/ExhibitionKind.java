package tw.museum.catalog.exhibition;

/** Shown in the museum's own galleries, or sent to other venues. */
public enum ExhibitionKind {
    IN_HOUSE, TRAVELLING
}
