package tw.museum.catalog.batch;

/** A field's value on a record together with the record's version (what an undo must find unchanged). */
public record FieldState(FieldValue value, long version) {
}
