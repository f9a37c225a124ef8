package tw.museum.catalog.artifact;

import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

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

    /** The record as it stands, as data to edit: a change to one field keeps every other one as it is. */
    public static ArtifactData of(ArtifactView v) {
        return new ArtifactData(v.objectNumber(), v.title(), code(v.objectName()), code(v.classification()),
                v.description(), v.productionDate(), v.productionPlace() == null ? null : v.productionPlace().id(),
                v.makers().stream().map(m -> new MakerInput(m.agentId(), m.role())).toList(),
                codes(v.materials()), codes(v.techniques()), codes(v.subjects()), v.dimensions(), v.inscription(),
                v.provenance(), v.creditLine(), v.licence(), v.rightsStatement(), v.links(), v.restricted(), v.version());
    }

    /** The same data with one multi-valued vocabulary field replaced. */
    public ArtifactData withTerms(TermField field, List<String> codes) {
        return new ArtifactData(objectNumber, title, objectName, classification, description, productionDate,
                productionPlaceId, makers, field == TermField.MATERIAL ? codes : materials,
                field == TermField.TECHNIQUE ? codes : techniques, field == TermField.SUBJECT ? codes : subjects,
                dimensions, inscription, provenance, creditLine, licence, rightsStatement, links, restricted, version);
    }

    /** The same data with the object name and classification given (pass the current one to keep it). */
    public ArtifactData withNameAndClassification(String newObjectName, String newClassification) {
        return new ArtifactData(objectNumber, title, newObjectName, newClassification, description, productionDate,
                productionPlaceId, makers, materials, techniques, subjects, dimensions, inscription, provenance,
                creditLine, licence, rightsStatement, links, restricted, version);
    }

    /** The same data with the credit line, licence and rights statement given (pass the current ones to keep them). */
    public ArtifactData withRights(Bilingual newCreditLine, String newLicence, Bilingual newRightsStatement) {
        return new ArtifactData(objectNumber, title, objectName, classification, description, productionDate,
                productionPlaceId, makers, materials, techniques, subjects, dimensions, inscription, provenance,
                newCreditLine, newLicence, newRightsStatement, links, restricted, version);
    }

    private static String code(TermRef t) {
        return t == null ? null : t.code();
    }

    private static List<String> codes(List<TermRef> terms) {
        return terms.stream().map(TermRef::code).toList();
    }
}
