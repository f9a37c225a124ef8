package tw.museum.catalog.media;

import java.nio.file.Path;
import tw.museum.catalog.artifact.ArtifactStatus;

/** A media file ready to be served: its description, its artifact and whether it is public, the original on disk. */
public record MediaFile(MediaView media, String objectNumber, ArtifactStatus artifactStatus, Path original) {
}
