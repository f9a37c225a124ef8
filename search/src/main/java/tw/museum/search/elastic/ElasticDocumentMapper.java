package tw.museum.search.elastic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.museum.search.api.Facet;
import tw.museum.search.api.Maker;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.document.DocumentCodec;
import tw.museum.search.document.DocumentFields;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.SearchFields;

/** SearchDocument → the JSON document Elasticsearch stores; the same values the Lucene backend indexes. */
final class ElasticDocumentMapper {
    private final DocumentFields fields;
    private final DocumentCodec codec;

    ElasticDocumentMapper(DocumentFields fields, DocumentCodec codec) {
        this.fields = fields;
        this.codec = codec;
    }

    Map<String, Object> toJson(SearchDocument doc) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(SearchFields.OBJECT_NUMBER, doc.id());
        json.put(SearchFields.OBJECT_NUMBER_KEY, fields.objectNumberKey(doc));
        json.put(SearchFields.STATUS, doc.status().name());
        json.put(SearchFields.TITLE_KEY, fields.titleKeys(doc));
        json.put(SearchFields.SUGGEST_KEY, fields.suggestKeys(doc));
        json.put(SearchFields.MAKER_ID, doc.makers().stream().map(Maker::id).toList());
        Map<String, List<String>> text = fields.text(doc);
        json.putAll(text);
        List<String> spelling = fields.spelling(doc, text);
        if (!spelling.isEmpty()) {
            json.put(SearchFields.SPELL, spelling);
        }
        json.put(SearchFields.VISIBLE_FROM, doc.visibleFrom() == null ? 0L : doc.visibleFrom().toEpochMilli());
        if (doc.earliestYear() != null) {
            json.put(SearchFields.EARLIEST_YEAR, doc.earliestYear());
            json.put(SearchFields.LATEST_YEAR, doc.latestYear() != null ? doc.latestYear() : doc.earliestYear());
        } else if (doc.latestYear() != null) {
            json.put(SearchFields.LATEST_YEAR, doc.latestYear());
        }
        json.put(SearchFields.UPDATED_AT, doc.updatedAt().toEpochMilli());
        for (Map.Entry<Facet, List<String>> facet : FacetValues.of(doc).entrySet()) {
            json.put(FacetValues.field(facet.getKey()), facet.getValue());
        }
        json.put(SearchFields.SOURCE, codec.toJson(doc));
        return json;
    }
}
