package tw.museum.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.SpellingOption;
import tw.museum.search.query.UnknownWord;

/**
 * Spellings from the index's own words (the spell field), with Lucene's DirectSpellChecker set up exactly as
 * Elasticsearch's term suggester is by the other backend (see ElasticSpelling), so both offer the same words.
 */
final class LuceneSpelling {
    static final int OPTIONS = 5;
    static final int MIN_WORD_LENGTH = 3;

    private final Analyzer analyzer;

    LuceneSpelling(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Map<Integer, List<UnknownWord>> unknownWords(IndexReader reader, Map<Integer, String> clauses) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(RelevanceWeights.FUZZY_PREFIX_LENGTH);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        Map<Integer, List<UnknownWord>> unknown = new HashMap<>();
        for (Map.Entry<Integer, String> clause : clauses.entrySet()) {
            List<UnknownWord> words = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(SearchFields.SPELL, clause.getValue())) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String word = term.toString();
                    if (reader.docFreq(new Term(SearchFields.SPELL, word)) > 0) {
                        continue;
                    }
                    List<SpellingOption> options = new ArrayList<>();
                    for (SuggestWord s : checker.suggestSimilar(new Term(SearchFields.SPELL, word), OPTIONS, reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                        options.add(new SpellingOption(s.string, s.freq, s.score));
                    }
                    words.add(new UnknownWord(offset.startOffset(), offset.endOffset(), word, options));
                }
                stream.end();
            }
            unknown.put(clause.getKey(), words);
        }
        return unknown;
    }
}
