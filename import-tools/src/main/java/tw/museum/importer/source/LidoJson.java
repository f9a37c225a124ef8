package tw.museum.importer.source;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tw.museum.importer.source.LidoRecords.Element;

/**
 * One LIDO record as a plain JSON record: bilingual values as {@code {"zh": ..., "en": ...}}, terms as
 * {@code {"code", "vocabulary", "zh", "en"}}, makers as {@code {"id", "name", "role"}}. Languages:
 * any {@code zh*} tag is Chinese, any {@code en*} tag English, an untagged value Chinese.
 */
final class LidoJson {

    private LidoJson() {
    }

    static ObjectNode toRecord(Element lido, JsonMapper json) {
        ObjectNode r = json.createObjectNode();
        Element recId = lido.first("lidoRecID");
        Element descriptive = lido.first("descriptiveMetadata");
        Element administrative = lido.first("administrativeMetadata");
        String objectNumber = null;
        if (descriptive != null) {
            for (Element workId : descriptive.every("objectIdentificationWrap", "repositoryWrap", "repositorySet", "workID")) {
                if (objectNumber == null || "inventory number".equals(workId.attributes().get("type"))) {
                    objectNumber = workId.value();
                }
            }
        }
        put(r, "objectNumber", objectNumber != null ? objectNumber : recId == null ? null : recId.value());
        if (recId != null) {
            put(r, "source", recId.attributes().get("source"));
        }
        if (descriptive != null) {
            descriptive(r, descriptive, json);
        }
        if (administrative != null) {
            Element rights = administrative.first("rightsWorkWrap", "rightsWorkSet");
            if (rights != null) {
                Element type = rights.first("rightsType");
                if (type != null) {
                    Element concept = type.first("conceptID");
                    put(r, "licence", concept == null ? null : concept.value());
                    bilingual(r, "rights", type.all("term"), json);
                }
                bilingual(r, "creditLine", rights.all("creditLine"), json);
            }
        }
        return r;
    }

    private static void descriptive(ObjectNode r, Element d, JsonMapper json) {
        Element workType = d.first("objectClassificationWrap", "objectWorkTypeWrap", "objectWorkType");
        term(r, "objectName", workType, json);
        term(r, "classification", d.first("objectClassificationWrap", "classificationWrap", "classification"), json);
        Element identification = d.first("objectIdentificationWrap");
        if (identification != null) {
            bilingual(r, "title", identification.every("titleWrap", "titleSet", "appellationValue"), json);
            bilingual(r, "inscription", identification.every("inscriptionsWrap", "inscriptions", "inscriptionTranscription"), json);
            for (Element set : identification.every("objectDescriptionWrap", "objectDescriptionSet")) {
                String type = set.attributes().getOrDefault("type", "description");
                bilingual(r, "provenance".equals(type) ? "provenance" : "description", set.all("descriptiveNoteValue"), json);
            }
            ArrayNode dimensions = r.putArray("dimensions");
            for (Element set : identification.every("objectMeasurementsWrap", "objectMeasurementsSet", "objectMeasurements")) {
                Element m = set.first("measurementsSet");
                if (m == null) {
                    continue;
                }
                ObjectNode dimension = dimensions.addObject();
                put(dimension, "aspect", text(m.first("measurementType")));
                put(dimension, "unit", text(m.first("measurementUnit")));
                put(dimension, "value", text(m.first("measurementValue")));
                bilingual(dimension, "part", set.every("extentMeasurements", "term"), json);
            }
        }
        Element event = d.first("eventWrap", "eventSet", "event");
        if (event != null) {
            ArrayNode makers = r.putArray("makers");
            for (Element actor : event.every("eventActor", "actorInRole")) {
                ObjectNode maker = makers.addObject();
                Element id = actor.first("actor", "actorID");
                put(maker, "id", text(id));
                put(maker, "source", id == null ? null : id.attributes().get("source"));
                bilingual(maker, "name", actor.every("actor", "nameActorSet", "appellationValue"), json);
                bilingual(maker, "role", actor.every("roleActor", "term"), json);
            }
            Element date = event.first("eventDate");
            if (date != null) {
                ObjectNode node = r.putObject("date");
                bilingual(node, "display", date.all("displayDate"), json);
                put(node, "earliest", year(text(date.first("date", "earliestDate"))));
                put(node, "latest", year(text(date.first("date", "latestDate"))));
            }
            Element place = event.first("eventPlace", "place");
            if (place != null) {
                bilingual(r, "place", place.every("namePlaceSet", "appellationValue"), json);
            }
            ArrayNode materials = r.putArray("materials");
            ArrayNode techniques = r.putArray("techniques");
            for (Element term : event.every("eventMaterialsTech", "materialsTech", "termMaterialsTech")) {
                ObjectNode node = ("technique".equals(term.attributes().get("type")) ? techniques : materials).addObject();
                concept(node, term);
            }
        }
        ArrayNode subjects = r.putArray("subjects");
        for (Element concept : d.every("objectRelationWrap", "subjectWrap", "subjectSet", "subject", "subjectConcept")) {
            concept(subjects.addObject(), concept);
        }
    }

    /** A term only when it carries a concept id or a label; the exporter's "unspecified" work type has no id. */
    private static void term(ObjectNode r, String field, Element element, JsonMapper json) {
        if (element == null || element.first("conceptID") == null) {
            return;
        }
        concept(r.putObject(field), element);
    }

    private static void concept(ObjectNode node, Element element) {
        Element id = element.first("conceptID");
        if (id != null && "local".equals(id.attributes().get("type"))) {
            put(node, "code", id.value());
            put(node, "vocabulary", id.attributes().get("source"));
        }
        for (Element term : element.all("term")) {
            put(node, language(term), term.value());
        }
    }

    private static void bilingual(ObjectNode parent, String field, List<Element> values, JsonMapper json) {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode node = parent.has(field) ? (ObjectNode) parent.get(field) : json.createObjectNode();
        for (Element value : values) {
            String lang = language(value);
            if (!node.has(lang)) {
                put(node, lang, value.value());
            }
        }
        if (!node.isEmpty()) {
            parent.set(field, node);
        }
    }

    private static String language(Element e) {
        return e.lang() != null && e.lang().toLowerCase().startsWith("en") ? "en" : "zh";
    }

    private static String text(Element e) {
        return e == null ? null : e.value();
    }

    /** LIDO dates ("1965", "-0100", "1965-03-01") as years. */
    private static String year(String date) {
        if (date == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(-?\\d{1,4})").matcher(date);
        return m.find() ? Integer.toString(Integer.parseInt(m.group(1))) : null;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
