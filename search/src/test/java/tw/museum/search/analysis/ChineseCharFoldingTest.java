package tw.museum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import tw.museum.search.TestComponents;

class ChineseCharFoldingTest {
    private final ChineseCharFolding folding = TestComponents.shared().folding();
    private final MuseumAnalyzers analyzers = TestComponents.shared().analyzers();

    @Test
    void variantPairsFoldToOneForm() {
        assertThat(folding.apply("台灣")).isEqualTo(folding.apply("臺灣"));
        assertThat(folding.apply("峯")).isEqualTo(folding.apply("峰"));
        assertThat(folding.apply("裏")).isEqualTo(folding.apply("裡"));
        assertThat(folding.apply("綫")).isEqualTo(folding.apply("線"));
        assertThat(folding.apply("衆")).isEqualTo(folding.apply("眾"));
        assertThat(folding.apply("屋邨")).isEqualTo(folding.apply("屋村"));
    }

    @Test
    void simplifiedFoldsToTraditional() {
        assertThat(folding.apply("台湾国家公园")).isEqualTo(folding.apply("臺灣國家公園"));
        assertThat(folding.apply("长江大桥")).isEqualTo("長江大橋");
        assertThat(folding.apply("线")).isEqualTo(folding.apply("綫"));
    }

    /** Why the Lucene chain may skip the Transliterator: after the char map, Hans-Hant changes no character. */
    @Test
    void hansHantChangesNothingAfterTheCharMap() {
        Transliterator hansHant = Transliterator.getInstance(MuseumAnalyzers.HANS_HANT);
        List<String> changed = new ArrayList<>();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            String folded = folding.apply(String.valueOf(c));
            String again = hansHant.transliterate(folded);
            if (!again.equals(folded) && !folding.apply(again).equals(folded)) {
                changed.add(c + "→" + folded + "→" + again);
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void dictionarySegmentationMakesTwoCharacterWords() throws IOException {
        assertThat(tokens(analyzers.chinese(), "香港大學研究生堂")).contains("香港");
        assertThat(tokens(analyzers.chinese(), "ＡＢＣ Café")).containsExactly("abc", "cafe");
        assertThat(tokens(analyzers.english(), "The Architect's Houses")).containsExactly("the", "architect", "house");
        assertThat(tokens(analyzers.chineseBigram(), "長江大橋")).containsExactly("長江", "江大", "大橋");
    }

    @Test
    void keywordsNormaliseWidthCaseAndAccents() {
        KeywordNormalizer normalizer = TestComponents.shared().normalizer();
        assertThat(normalizer.normalize("ＣＡ７６／１／３７")).isEqualTo("ca76/1/37");
        assertThat(normalizer.normalize("  Café   Noir ")).isEqualTo("cafe noir");
        assertThat(normalizer.normalize("台湾")).isEqualTo(normalizer.normalize("臺灣"));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
