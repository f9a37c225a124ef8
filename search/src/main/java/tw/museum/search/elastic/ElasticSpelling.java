package tw.museum.search.elastic;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.SpellingOption;
import tw.museum.search.query.UnknownWord;

/**
 * Spellings from the index's own words through the term suggester, which runs Lucene's DirectSpellChecker: set
 * up as LuceneSpelling sets it (missing words only, two edits, one-letter prefix, words of three or more), one
 * suggestion entry per clause, in one request.
 */
final class ElasticSpelling {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ElasticSpelling() {
    }

    static Map<Integer, List<UnknownWord>> unknownWords(Map<Integer, String> clauses,
                                                        Function<ObjectNode, SearchResponse<JsonNode>> search) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        ObjectNode suggest = body.putObject("suggest");
        clauses.forEach((i, text) -> suggest.putObject("c" + i).put("text", text).putObject("term")
                .put("field", SearchFields.SPELL).put("suggest_mode", "missing").put("max_edits", 2)
                .put("prefix_length", RelevanceWeights.FUZZY_PREFIX_LENGTH).put("min_word_length", 3).put("size", 5));
        SearchResponse<JsonNode> response = search.apply(body);
        Map<Integer, List<UnknownWord>> unknown = new HashMap<>();
        for (Integer i : clauses.keySet()) {
            List<UnknownWord> words = new ArrayList<>();
            for (Suggestion<JsonNode> entry : response.suggest().getOrDefault("c" + i, List.of())) {
                if (!entry.isTerm()) {
                    continue;
                }
                TermSuggest term = entry.term();
                List<SpellingOption> options = new ArrayList<>();
                for (TermSuggestOption option : term.options()) {
                    options.add(new SpellingOption(option.text(), (int) option.freq(),
                            (float) option.score()));
                }
                if (!options.isEmpty()) {
                    words.add(new UnknownWord(term.offset(), term.offset() + term.length(), term.text(), options));
                }
            }
            unknown.put(i, words);
        }
        return unknown;
    }
}
