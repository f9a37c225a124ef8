package tw.museum.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import tw.museum.search.analysis.MuseumAnalyzers;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;

/** Chooses the analysis chain per field from the shared field list. */
final class LuceneFieldAnalyzer {
    private LuceneFieldAnalyzer() {
    }

    static Analyzer create(MuseumAnalyzers analyzers) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (FieldWeight field : RelevanceWeights.allTextFields()) {
            perField.put(field.field(), forLanguage(analyzers, field.language()));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    static Analyzer forLanguage(MuseumAnalyzers analyzers, FieldWeight.Language language) {
        return switch (language) {
            case CHINESE -> analyzers.chinese();
            case ENGLISH -> analyzers.english();
            case BIGRAM -> analyzers.chineseBigram();
        };
    }
}
