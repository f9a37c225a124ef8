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
            "creditLine.zh", "creditLine.en", "rightsStatement.zh", "rightsStatement.en", "licence",
            "productionPlace.zh", "productionPlace.en");
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
        return new MappedArtifact(values.get("objectNumber"), values, terms, makers(record), dimensions(record));
    }

    private static List<TermLabel> labels(JsonNode record, MappingSpec.VocabularyMapping mapping) {
        if (mapping.list() != null) {
            JsonNode list = RecordPaths.node(record, mapping.list());
            List<JsonNode> items = new ArrayList<>();
            if (list != null && list.isArray()) {
                list.forEach(items::add);
            } else if (list != null && list.isObject()) {
                items.add(list); // a single term (objectName, classification)
            }
            List<TermLabel> out = new ArrayList<>();
            for (JsonNode item : items) {
                String zh = RecordPaths.text(item, mapping.zh());
                String en = RecordPaths.text(item, mapping.en());
                if (zh != null || en != null) {
                    out.add(new TermLabel(RecordPaths.text(item, mapping.code()), zh, en));
                }
            }
            return out;
        }
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
        } else if (enParts.length == 0) {
            for (String part : zhParts) {
                out.add(new TermLabel(part.strip(), null));
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
                    Bilingual name = Bilingual.of(RecordPaths.text(item, mapping.nameZh()), RecordPaths.text(item, mapping.nameEn()));
                    out.add(new MakerReference(externalId,
                            Bilingual.of(RecordPaths.text(item, mapping.roleZh()), RecordPaths.text(item, mapping.roleEn())),
                            name.isEmpty() ? null : name));
                }
            }
        }
        return out;
    }

    private List<DimensionValue> dimensions(JsonNode record) {
        MappingSpec.DimensionsMapping mapping = spec.dimensions();
        if (mapping == null) {
            return List.of();
        }
        JsonNode list = RecordPaths.node(record, mapping.list());
        List<DimensionValue> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                out.add(new DimensionValue(
                        Bilingual.of(RecordPaths.text(item, mapping.partZh()), RecordPaths.text(item, mapping.partEn())),
                        RecordPaths.text(item, mapping.aspect()), RecordPaths.text(item, mapping.value()),
                        RecordPaths.text(item, mapping.unit())));
            }
        }
        return out;
    }
}
