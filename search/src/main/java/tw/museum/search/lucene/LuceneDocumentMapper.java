package tw.museum.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.document.DocumentCodec;
import tw.museum.search.document.DocumentFields;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.SearchFields;

/** SearchDocument → Lucene document. Text is stored only where the highlighter needs it; the rest is in source. */
final class LuceneDocumentMapper {
    private static final Set<String> STORED_TEXT = Set.of(SearchFields.TITLE_ZH, SearchFields.TITLE_EN,
            SearchFields.DESCRIPTION_ZH, SearchFields.DESCRIPTION_EN);
    /** Document text is long: offsets in the postings let the highlighter find its passage without re-analysing it. */
    private static final FieldType DOCUMENT_TEXT = documentTextType();

    private final DocumentFields fields;
    private final DocumentCodec codec;
    private final FacetsConfig facetsConfig;

    LuceneDocumentMapper(DocumentFields fields, DocumentCodec codec, FacetsConfig facetsConfig) {
        this.fields = fields;
        this.codec = codec;
        this.facetsConfig = facetsConfig;
    }

    private static FieldType documentTextType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.parameterName(), true);
            // Filters use the facet's own keyword field (as in Elasticsearch), so no drill-down terms are needed.
            config.setDrillDownTermsIndexing(facet.parameterName(), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    Document toDocument(SearchDocument doc) {
        Document d = new Document();
        d.add(new StringField(SearchFields.OBJECT_NUMBER, doc.id(), Field.Store.NO));
        String key = fields.objectNumberKey(doc);
        d.add(new StringField(SearchFields.OBJECT_NUMBER_KEY, key, Field.Store.NO));
        d.add(new SortedDocValuesField(SearchFields.OBJECT_NUMBER_KEY, new BytesRef(key)));
        d.add(new StringField(SearchFields.STATUS, doc.status().name(), Field.Store.NO));
        fields.titleKeys(doc).forEach(t -> d.add(new StringField(SearchFields.TITLE_KEY, t, Field.Store.NO)));
        fields.suggestKeys(doc).forEach(t -> d.add(new StringField(SearchFields.SUGGEST_KEY, t, Field.Store.NO)));
        doc.makers().forEach(m -> d.add(new StringField(SearchFields.MAKER_ID, m.id(), Field.Store.NO)));
        Map<String, List<String>> text = fields.text(doc);
        for (Map.Entry<String, List<String>> field : text.entrySet()) {
            if (field.getKey().equals(SearchFields.DOCUMENT_TEXT)) {
                field.getValue().forEach(v -> d.add(new Field(SearchFields.DOCUMENT_TEXT, v, DOCUMENT_TEXT)));
                continue;
            }
            Field.Store store = STORED_TEXT.contains(field.getKey()) ? Field.Store.YES : Field.Store.NO;
            field.getValue().forEach(v -> d.add(new TextField(field.getKey(), v, store)));
        }
        fields.spelling(doc, text).forEach(v -> d.add(new TextField(SearchFields.SPELL, v, Field.Store.NO)));
        d.add(new LongPoint(SearchFields.VISIBLE_FROM, doc.visibleFrom() == null ? 0L : doc.visibleFrom().toEpochMilli()));
        if (doc.earliestYear() != null) {
            d.add(new IntPoint(SearchFields.EARLIEST_YEAR, doc.earliestYear()));
            d.add(new NumericDocValuesField(SearchFields.EARLIEST_YEAR, doc.earliestYear()));
        }
        if (doc.latestYear() != null || doc.earliestYear() != null) {
            d.add(new IntPoint(SearchFields.LATEST_YEAR, doc.latestYear() != null ? doc.latestYear() : doc.earliestYear()));
        }
        d.add(new NumericDocValuesField(SearchFields.UPDATED_AT, doc.updatedAt().toEpochMilli()));
        for (Map.Entry<Facet, List<String>> facet : FacetValues.of(doc).entrySet()) {
            for (String value : facet.getValue()) {
                d.add(new StringField(FacetValues.field(facet.getKey()), value, Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(facet.getKey().parameterName(), value));
            }
        }
        d.add(new StoredField(SearchFields.SOURCE, codec.toJson(doc)));
        try {
            return facetsConfig.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
