package tw.museum.catalog.artifact;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * An artifact record as staff submit it, from the API, the workspace forms and the importers alike.
 * Vocabulary fields hold term codes; makers and the place hold authority ids. {@code version} is the
 * version the edit was made on (required for updates).
 */
public record ArtifactData(
        String objectNumber,
        Bilingual title,
        String objectName,
        String classification,
        Bilingual description,
        ProductionDate productionDate,
        Long productionPlaceId,
        List<MakerInput> makers,
        List<String> materials,
        List<String> techniques,
        List<String> subjects,
        List<Dimension> dimensions,
        Bilingual inscription,
        Bilingual provenance,
        Bilingual creditLine,
        String licence,
        Bilingual rightsStatement,
        List<ExternalLink> links,
        RestrictedData restricted,
        Long version) {

    public ArtifactData {
        makers = makers == null ? List.of() : makers;
        materials = materials == null ? List.of() : materials;
        techniques = techniques == null ? List.of() : techniques;
        subjects = subjects == null ? List.of() : subjects;
        dimensions = dimensions == null ? List.of() : dimensions;
        links = links == null ? List.of() : links;
        title = title == null ? Bilingual.empty() : title;
        restricted = restricted == null ? RestrictedData.empty() : restricted;
    }

    public List<String> terms(TermField field) {
        return switch (field) {
            case MATERIAL -> materials;
            case TECHNIQUE -> techniques;
            case SUBJECT -> subjects;
        };
    }
}
