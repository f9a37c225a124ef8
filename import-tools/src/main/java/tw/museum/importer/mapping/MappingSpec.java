package tw.museum.importer.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a source file becomes catalogue records, read from a YAML or JSON mapping file. Every value is a
 * path into a record: a CSV column name, or a dotted JSON path with [n] for array items
 * ({@code title.zh-hant}, {@code classification.category.en[0]}). See mappings/mplus-objects.yaml.
 *
 * @param format       csv, jsonl (one JSON object a line, optionally gzipped) or json (an array)
 * @param encoding     "auto" (byte-order mark, else strict UTF-8) or a charset name such as Big5
 * @param fields       artifact field → path; fields: objectNumber, title.zh/en, description.zh/en,
 *                     productionDate.display.zh/en, productionDate.earliestYear/latestYear, inscription.zh/en,
 *                     provenance.zh/en, creditLine.zh/en, rightsStatement.zh/en, licence
 * @param vocabularies classification, objectName, materials, techniques, subjects → where their labels are;
 *                     terms are matched by code (made from the English label) and created when missing
 * @param makers       where the list of makers is and how to find each one's authority record
 * @param agents       an optional authority file of people and organisations, loaded first
 * @param constants    values the same for every record (licence, creditLine.en, ...)
 * @param publish      publish every imported record (otherwise they arrive as drafts)
 * @param sheet        for xlsx: the name of the sheet to read (default: the first)
 * @param dimensions   where the list of measurements is
 */
public record MappingSpec(String format, String encoding, Map<String, String> fields,
                          Map<String, VocabularyMapping> vocabularies, MakersMapping makers, AgentsMapping agents,
                          Map<String, String> constants, Boolean publish, String sheet,
                          DimensionsMapping dimensions) {

    public MappingSpec {
        publish = Boolean.TRUE.equals(publish);
        format = format == null ? "jsonl" : format;
        encoding = encoding == null ? "auto" : encoding;
        fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
        vocabularies = vocabularies == null ? Map.of() : new LinkedHashMap<>(vocabularies);
        constants = constants == null ? Map.of() : new LinkedHashMap<>(constants);
    }

    /**
     * Labels of a vocabulary field; {@code split} cuts one value into several terms. With {@code list}, the
     * path of an array whose items each hold one term, {@code zh}, {@code en} and {@code code} are paths
     * inside an item ({@code code}: the term's code, kept as the source has it).
     */
    public record VocabularyMapping(String zh, String en, String split, String splitZh, String list, String code) {
    }

    /** @param list path of the array of measurements; the others are paths inside one item */
    public record DimensionsMapping(String list, String partZh, String partEn, String aspect, String value,
                                    String unit) {
    }

    /**
     * @param list        path of the array of makers in a record
     * @param externalId  pattern for the maker's authority id, with {field} placeholders from the list item
     * @param roleZh      path of the role in Chinese inside a list item
     * @param roleEn      path of the role in English inside a list item
     * @param nameZh      path of the name inside a list item: a maker not yet known is created with it
     * @param nameEn      likewise in English
     */
    public record MakersMapping(String list, String externalId, String roleZh, String roleEn, String nameZh,
                                String nameEn) {
    }

    /**
     * @param file        the authority file (same format rules as the source), relative to the mapping file
     * @param externalId  pattern of each agent's external id, with {field} placeholders
     * @param kind        path of the kind; "Organization"/"organisation"/"機構" mean an organisation
     */
    public record AgentsMapping(String file, String externalId, String nameZh, String nameEn, String sortName,
                                String kind, String biographyZh, String biographyEn, String nationalityZh,
                                String nationalityEn, String beginYear, String endYear) {
    }
}
