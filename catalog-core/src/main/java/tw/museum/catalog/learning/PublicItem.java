package tw.museum.catalog.learning;

import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaView;

/**
 * An item on the public side: a published artifact's public view, the media file shown with it (one of
 * that artifact's own, or null), and the caption the unit gives it.
 */
public record PublicItem(PublicArtifactView artifact, MediaView media, Bilingual caption) {

    public boolean hasImage() {
        return media != null && media.kind() == MediaKind.IMAGE;
    }
}
