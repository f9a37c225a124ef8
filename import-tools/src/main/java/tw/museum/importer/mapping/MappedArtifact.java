package tw.museum.importer.mapping;

import java.util.List;
import java.util.Map;

/**
 * A source record after mapping, before the catalogue resolves its terms and makers: plain field values
 * by target name, vocabulary labels, maker references.
 */
public record MappedArtifact(String objectNumber, Map<String, String> values, Map<String, List<TermLabel>> terms,
                             List<MakerReference> makers, List<DimensionValue> dimensions) {

    public String value(String field) {
        return values.get(field);
    }
}
