package tw.museum.catalog.batch;

/** What a batch does to its field on every record: set it, add to it, remove from it, or clear it. */
public enum BatchOperation {
    SET, ADD, REMOVE, CLEAR
}
