package tw.museum.catalog.batch;

/**
 * Which kind of change a batch field makes, so the workspace asks for the roles that the same change needs
 * one record at a time: cataloguing (descriptive fields, publishing) or moving objects (location).
 */
public enum BatchAccess {
    CATALOGUE, MOVE
}
