package tw.museum.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import tw.museum.search.analysis.MuseumAnalyzers;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;

/** Chooses the analysis chain per field from the shared field list. */
final class LuceneFieldAnalyzer {
    private LuceneFieldAnalyzer() {
    }

    static Analyzer create(MuseumAnalyzers analyzers) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (FieldWeight field : RelevanceWeights.allTextFields()) {
            perField.put(field.field(), forLanguage(analyzers, field.language()));
        }
        perField.put(SearchFields.SPELL, analyzers.spelling());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    static Analyzer forLanguage(MuseumAnalyzers analyzers, FieldWeight.Language language) {
        return switch (language) {
            case CHINESE -> analyzers.chinese();
            case ENGLISH -> analyzers.english();
            case BIGRAM -> analyzers.chineseBigram();
            case UNIGRAM -> analyzers.chineseUnigram();
        };
    }
}
