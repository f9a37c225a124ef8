package tw.museum.importer.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.common.Bilingual;

/** Applies a {@link MappingSpec} to one source record. */
public final class RecordMapper {

    /** The target fields a mapping may fill, as the catalogue names them. */
    public static final Set<String> FIELDS = Set.of("objectNumber", "title.zh", "title.en", "description.zh",
            "description.en", "productionDate.display.zh", "productionDate.display.en", "productionDate.earliestYear",
            "productionDate.latestYear", "inscription.zh", "inscription.en", "provenance.zh", "provenance.en",
            "creditLine.zh", "creditLine.en", "rightsStatement.zh", "rightsStatement.en", "licence");
    public static final Set<String> VOCABULARY_FIELDS = Set.of("classification", "objectName", "materials",
            "techniques", "subjects");

    private final MappingSpec spec;

    public RecordMapper(MappingSpec spec) {
        this.spec = spec;
    }

    public MappedArtifact map(JsonNode record) {
        Map<String, String> values = new LinkedHashMap<>(spec.constants());
        spec.fields().forEach((field, path) -> {
            String value = RecordPaths.text(record, path);
            if (value != null) {
                values.put(field, value);
            }
        });
        Map<String, List<TermLabel>> terms = new LinkedHashMap<>();
        spec.vocabularies().forEach((field, mapping) -> terms.put(field, labels(record, mapping)));
        return new MappedArtifact(values.get("objectNumber"), values, terms, makers(record));
    }

    private static List<TermLabel> labels(JsonNode record, MappingSpec.VocabularyMapping mapping) {
        String zh = RecordPaths.text(record, mapping.zh());
        String en = RecordPaths.text(record, mapping.en());
        if (zh == null && en == null) {
            return List.of();
        }
        if (mapping.split() == null) {
            return List.of(new TermLabel(zh, en));
        }
        String[] enParts = en == null ? new String[0] : en.split(mapping.split());
        String zhSplit = mapping.splitZh() != null ? mapping.splitZh() : mapping.split();
        String[] zhParts = zh == null ? new String[0] : zh.split(zhSplit);
        List<TermLabel> out = new ArrayList<>();
        if (enParts.length == zhParts.length) {
            for (int i = 0; i < enParts.length; i++) {
                out.add(new TermLabel(zhParts[i].strip(), enParts[i].strip()));
            }
        } else if (zhParts.length == 0) {
            for (String part : enParts) {
                out.add(new TermLabel(null, part.strip()));
            }
        } else {
            // the two languages were split differently: keep the whole value as one term rather than mis-pair
            out.add(new TermLabel(zh, en));
        }
        return out;
    }

    private List<MakerReference> makers(JsonNode record) {
        MappingSpec.MakersMapping mapping = spec.makers();
        if (mapping == null) {
            return List.of();
        }
        JsonNode list = RecordPaths.node(record, mapping.list());
        List<MakerReference> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                String externalId = RecordPaths.format(mapping.externalId(), item);
                if (externalId != null) {
                    out.add(new MakerReference(externalId,
                            Bilingual.of(RecordPaths.text(item, mapping.roleZh()), RecordPaths.text(item, mapping.roleEn()))));
                }
            }
        }
        return out;
    }
}
