package tw.museum.catalog.exhibition;

/**
 * Where an exhibition's objects are: still in store (planned), moved to its location (installed), or
 * moved back once it closed. Each step writes one movement per object.
 */
public enum Installation {
    PLANNED, INSTALLED, CLOSED
}
