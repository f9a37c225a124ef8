package tw.museum.catalog.location;

/**
 * Why an object moved. {@link #MIGRATED} is the system's own: the placement taken over from the free-text
 * storage location of earlier versions; nobody records it by hand.
 */
public enum MovementReason {
    STORAGE, EXHIBITION, LOAN, CONSERVATION, PHOTOGRAPHY, RESEARCH, EDUCATION, INVENTORY, TRANSPORT,
    ACQUISITION, DEACCESSION, OTHER, MIGRATED;

    public boolean recordable() {
        return this != MIGRATED;
    }
}
