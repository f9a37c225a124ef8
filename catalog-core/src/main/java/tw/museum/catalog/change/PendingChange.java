package tw.museum.catalog.change;

/** One change in the feed not yet taken in by its reader. */
public record PendingChange(long id, String recordType, String recordKey) {
}
