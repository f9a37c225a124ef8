package tw.museum.catalog.exhibition;

import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaView;

/** An object of a published exhibition on the public side: the published record, its first image, its label. */
public record PublicExhibit(PublicArtifactView artifact, MediaView image, Bilingual label) {
}
