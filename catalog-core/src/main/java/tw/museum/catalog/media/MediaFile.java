package tw.museum.catalog.media;

import java.nio.file.Path;

/** A media file ready to be served: its description, its artifact and the original on disk. */
public record MediaFile(MediaView media, String objectNumber, Path original) {
}
