package tw.museum.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains, composed from small Lucene filters. The Elasticsearch backend declares the same
 * chains by name in its index settings (see ElasticIndexSettings); keep the two in step.
 *
 * <ul>
 *   <li>chinese: variant/traditional/simplified folding (OpenCC's classes, {@link ChineseCharFolding}) → ICU
 *       dictionary segmentation (so 香港, 攝影 are words) → CJK width → ICU folding (case, accents, NFKC) →
 *       lowercase.</li>
 *   <li>chinese_bigram: the same folding, but overlapping bigrams, so words the dictionary split
 *       differently still match (lower weight). No unigrams: stacked unigrams and bigrams make a token
 *       graph whose query expands to every path, which explodes for long titles.</li>
 *   <li>chinese_unigram: the same folding, one token per Han character (the standard tokenizer splits
 *       ideographs), so a one-character query such as 書 matches 書籍; queried only for one-character words.</li>
 *   <li>english: folding → ICU tokenizer → possessives → ICU folding → lowercase → KStem</li>
 *   <li>spelling: folding → ICU tokenizer → ICU folding → lowercase, unstemmed: the words "did you mean"
 *       offers are words as written.</li>
 * </ul>
 */
public final class MuseumAnalyzers {

    private final ChineseCharFolding folding;
    private final Analyzer chinese;
    private final Analyzer chineseBigram;
    private final Analyzer english;
    private final Analyzer chineseUnigram;
    private final Analyzer spelling;

    public MuseumAnalyzers(ChineseCharFolding folding) {
        this.folding = folding;
        this.chinese = new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
        this.chineseBigram = new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream, CJKBigramFilter.HAN, false));
            }
        };
        this.english = new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, new KStemFilter(stream));
            }
        };
        this.chineseUnigram = new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
        this.spelling = new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new ICUFoldingFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
    }

    public Analyzer chineseUnigram() {
        return chineseUnigram;
    }

    public Analyzer spelling() {
        return spelling;
    }

    public Analyzer chinese() {
        return chinese;
    }

    public Analyzer chineseBigram() {
        return chineseBigram;
    }

    public Analyzer english() {
        return english;
    }

    /** Every chain starts with the same character folding. */
    private abstract class FoldingAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return folding.reader(reader);
        }
    }
}
