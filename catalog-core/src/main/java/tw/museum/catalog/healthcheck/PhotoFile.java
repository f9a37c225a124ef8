package tw.museum.catalog.healthcheck;

import java.nio.file.Path;

/** A request photo's file in the media store and its detected type. */
public record PhotoFile(Path path, String mediaType) {
}
