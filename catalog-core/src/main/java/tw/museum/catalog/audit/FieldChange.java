package tw.museum.catalog.audit;

/** One field that differs between the before and after snapshots of an audit entry (JSON pointer path). */
public record FieldChange(String path, String before, String after) {
}
