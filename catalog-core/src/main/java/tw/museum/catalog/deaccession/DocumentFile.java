package tw.museum.catalog.deaccession;

import java.nio.file.Path;

/** Where a deaccession document's bytes lie, with its type and the name to offer on download. */
public record DocumentFile(Path path, String mediaType, String filename) {
}
