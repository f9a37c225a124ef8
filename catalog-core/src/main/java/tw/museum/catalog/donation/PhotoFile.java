package tw.museum.catalog.donation;

import java.nio.file.Path;

/** A donor's photo in the media store and its detected type. */
public record PhotoFile(Path path, String mediaType) {
}
