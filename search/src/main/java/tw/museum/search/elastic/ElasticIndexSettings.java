package tw.museum.search.elastic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import tw.museum.search.analysis.ChineseCharFolding;
import tw.museum.search.api.Facet;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;

/**
 * Index settings and mappings: the same analysis chains as MuseumAnalyzers, declared with the analysis-icu
 * plugin's components, and the character-folding table sent as a mapping char_filter.
 */
final class ElasticIndexSettings {
    private final ObjectMapper json = new ObjectMapper();
    private final ChineseCharFolding folding;

    ElasticIndexSettings(ChineseCharFolding folding) {
        this.folding = folding;
    }

    String createIndexBody() {
        ObjectNode body = json.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", 1).put("number_of_replicas", 0).put("max_result_window", 10_000)
                // Bulk loads run without refreshes; the rebuild sets this back before the switch.
                .put("refresh_interval", "-1");
        ObjectNode analysis = index.putObject("analysis");
        ArrayNode mappings = analysis.putObject("char_filter").putObject("cjk_fold").put("type", "mapping").putArray("mappings");
        folding.table().forEach((from, to) -> mappings.add(from + "=>" + to));
        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("possessive_en").put("type", "stemmer").put("language", "possessive_english");
        filters.putObject("bigram_han").put("type", "cjk_bigram").put("output_unigrams", false)
                .putArray("ignored_scripts").add("hiragana").add("katakana").add("hangul");
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzer(analyzers, "chinese", "icu_tokenizer", List.of("cjk_width", "icu_folding", "lowercase"));
        analyzer(analyzers, "chinese_unigram", "standard", List.of("cjk_width", "icu_folding", "lowercase"));
        analyzer(analyzers, "spelling", "icu_tokenizer", List.of("icu_folding", "lowercase"));
        analyzer(analyzers, "chinese_bigram", "standard", List.of("cjk_width", "icu_folding", "lowercase", "bigram_han"));
        analyzer(analyzers, "english", "icu_tokenizer", List.of("possessive_en", "icu_folding", "lowercase", "kstem"));

        ObjectNode mapping = body.putObject("mappings");
        mapping.put("dynamic", "strict");
        ObjectNode props = mapping.putObject("properties");
        for (String keyword : List.of(SearchFields.OBJECT_NUMBER, SearchFields.OBJECT_NUMBER_KEY, SearchFields.TITLE_KEY,
                SearchFields.SUGGEST_KEY, SearchFields.STATUS, SearchFields.MAKER_ID)) {
            props.putObject(keyword).put("type", "keyword");
        }
        for (Facet facet : Facet.values()) {
            props.putObject(FacetValues.field(facet)).put("type", "keyword");
        }
        for (FieldWeight field : RelevanceWeights.allTextFields()) {
            ObjectNode text = props.putObject(field.field()).put("type", "text").put("analyzer", analyzerName(field.language()));
            if (field.field().equals(SearchFields.DOCUMENT_TEXT)) {
                // Long texts: the highlighter finds the passage from offsets in the postings.
                text.put("index_options", "offsets");
            }
        }
        props.putObject(SearchFields.SPELL).put("type", "text").put("analyzer", "spelling");
        props.putObject(SearchFields.VISIBLE_FROM).put("type", "long");
        props.putObject(SearchFields.EARLIEST_YEAR).put("type", "integer");
        props.putObject(SearchFields.LATEST_YEAR).put("type", "integer");
        props.putObject(SearchFields.UPDATED_AT).put("type", "long");
        props.putObject(SearchFields.SOURCE).put("type", "keyword").put("index", false).put("doc_values", false);
        return body.toString();
    }

    static String analyzerName(FieldWeight.Language language) {
        return switch (language) {
            case CHINESE -> "chinese";
            case ENGLISH -> "english";
            case BIGRAM -> "chinese_bigram";
            case UNIGRAM -> "chinese_unigram";
        };
    }

    private static void analyzer(ObjectNode analyzers, String name, String tokenizer, List<String> filters) {
        ObjectNode a = analyzers.putObject(name).put("type", "custom").put("tokenizer", tokenizer);
        a.putArray("char_filter").add("cjk_fold");
        ArrayNode f = a.putArray("filter");
        filters.forEach(f::add);
    }
}
