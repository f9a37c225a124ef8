package tw.museum.iiif.presentation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaView;

/** The images of an artifact that can become canvases: images whose size is known, in catalogue order. */
final class ArtifactImages {

    private ArtifactImages() {
    }

    static List<MediaView> of(PublicArtifactView artifact) {
        if (artifact.media() == null) {
            return List.of();
        }
        return artifact.media().stream()
                .filter(ArtifactImages::isCanvas)
                .sorted(Comparator.comparingInt(MediaView::position).thenComparingLong(MediaView::id))
                .toList();
    }

    /** An image whose size is known can be a canvas (and has an image service). */
    static boolean isCanvas(MediaView m) {
        return m.kind() == MediaKind.IMAGE && m.width() != null && m.height() != null && m.width() > 0 && m.height() > 0;
    }

    /** The primary image, or the first one when none is marked. */
    static Optional<MediaView> primary(PublicArtifactView artifact) {
        List<MediaView> images = of(artifact);
        return images.stream().filter(MediaView::primary).findFirst().or(() -> images.stream().findFirst());
    }
}
