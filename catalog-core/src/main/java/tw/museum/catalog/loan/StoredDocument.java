package tw.museum.catalog.loan;

import java.nio.file.Path;

/** A file in the media store and its detected type. */
public record StoredDocument(Path path, String mediaType) {
}
