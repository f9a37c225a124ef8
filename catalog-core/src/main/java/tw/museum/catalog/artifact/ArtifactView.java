package tw.museum.catalog.artifact;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.TermRef;

/** The whole record as staff see it, restricted fields included. Never hand this to the public. */
public record ArtifactView(
        long id,
        String objectNumber,
        ArtifactStatus status,
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
        RestrictedData restricted,
        List<MediaView> media,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt,
        long version) {

    /** The same record with the media list replaced (audit snapshots leave media out; they have their own). */
    public ArtifactView withMedia(List<MediaView> newMedia) {
        return new ArtifactView(id, objectNumber, status, title, objectName, classification, description,
                productionDate, productionPlace, makers, materials, techniques, subjects, dimensions, inscription,
                provenance, creditLine, licence, rightsStatement, links, restricted, newMedia, createdAt, createdBy,
                updatedAt, updatedBy, publishedAt, version);
    }
}
