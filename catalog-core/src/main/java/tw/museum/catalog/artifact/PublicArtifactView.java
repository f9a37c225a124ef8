package tw.museum.catalog.artifact;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.TermRef;

/**
 * A published record as the public sees it. A separate type rather than a filtered staff view, so a
 * restricted field cannot reach a public page or export by anyone forgetting to blank it.
 */
public record PublicArtifactView(
        String objectNumber,
        Bilingual title,
        TermRef objectName,
        TermRef classification,
        Bilingual description,
        ProductionDate productionDate,
        PlaceRef productionPlace,
        List<MakerView> makers,
        List<TermRef> materials,
        List<TermRef> techniques,
        List<TermRef> subjects,
        List<Dimension> dimensions,
        Bilingual inscription,
        Bilingual provenance,
        Bilingual creditLine,
        String licence,
        Bilingual rightsStatement,
        List<ExternalLink> links,
        List<MediaView> media,
        Instant publishedAt,
        Instant updatedAt) {

    public static PublicArtifactView of(ArtifactView v) {
        if (v.status() != ArtifactStatus.PUBLISHED) {
            throw new IllegalArgumentException("Only published records have a public view");
        }
        return new PublicArtifactView(v.objectNumber(), v.title(), v.objectName(), v.classification(),
                v.description(), v.productionDate(), v.productionPlace(), v.makers(), v.materials(), v.techniques(),
                v.subjects(), v.dimensions(), v.inscription(), v.provenance(), v.creditLine(), v.licence(),
                v.rightsStatement(), v.links(), v.media(), v.publishedAt(), v.updatedAt());
    }

    /** The image that stands for the record in lists and stories: the primary one, else the first; null if none. */
    public MediaView leadImage() {
        return media == null ? null : media.stream().filter(m -> m.kind() == MediaKind.IMAGE)
                .sorted((x, y) -> Boolean.compare(y.primary(), x.primary())).findFirst().orElse(null);
    }
}
