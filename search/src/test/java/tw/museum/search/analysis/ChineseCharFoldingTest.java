package tw.museum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
    void traditionalAndSimplifiedFoldTogether() {
        assertThat(folding.apply("台湾国家公园")).isEqualTo(folding.apply("臺灣國家公園"));
        assertThat(folding.apply("长江大桥")).isEqualTo(folding.apply("長江大橋"));
        assertThat(folding.apply("线")).isEqualTo(folding.apply("綫"));
        // OpenCC's data: 週 and 周 are one character to a searcher (the record writes 《電影雙周刊》).
        assertThat(folding.apply("雙週刊")).isEqualTo(folding.apply("雙周刊"));
        assertThat(folding.apply("颱")).isEqualTo(folding.apply("臺"));
    }

    /** The pairs the hand-made table of the first release listed: the OpenCC classes keep every one of them. */
    @Test
    void everyPairOfTheFormerHandMadeTableStillFolds() {
        String pairs = "台臺 峯峰 裏裡 綫線 衆眾 爲為 羣群 啓啟 温溫 銹鏽 麪麵 痴癡 鷄雞 僞偽 册冊 敎教 户戶 戸戶 淸清 靑青 値值 眞真 "
                + "説說 脱脫 税稅 内內 兑兌 悦悅 閲閱 鋭銳 葱蔥 鉢缽 綳繃 却卻 旣既 强強 尙尚 黄黃 遥遙 歎嘆 盃杯 綉繡 够夠 汚污 汙污 晩晚 "
                + "鄕鄉 舘館 畵畫 牀床 艶豔 艷豔 邨村 粧妝 鉄鐵 銕鐵 彫雕 鵰雕 竈灶 着著 衞衛 錬鍊 箇個";
        List<String> unfolded = new ArrayList<>();
        for (String pair : pairs.split(" ")) {
            if (!folding.apply(pair.substring(0, 1)).equals(folding.apply(pair.substring(1)))) {
                unfolded.add(pair);
            }
        }
        assertThat(unfolded).isEmpty();
        assertThat(folding.table().size()).as("characters folded").isGreaterThan(3_000);
    }

    @Test
    void unrelatedMeaningsStaySeparate() {
        // Multi-candidate entries join only OpenCC's first choice: 乾 (dry, 乾隆) does not become 干.
        assertThat(folding.apply("乾")).isNotEqualTo(folding.apply("干"));
        assertThat(folding.apply("書")).isNotEqualTo(folding.apply("畫"));
    }

    @Test
    void dictionarySegmentationMakesTwoCharacterWords() throws IOException {
        assertThat(tokens(analyzers.chinese(), "香港大學研究生堂")).contains("香港");
        assertThat(tokens(analyzers.chinese(), "ＡＢＣ Café")).containsExactly("abc", "cafe");
        assertThat(tokens(analyzers.english(), "The Architect's Houses")).containsExactly("the", "architect", "house");
        assertThat(tokens(analyzers.chineseBigram(), "長江大橋")).containsExactly(folding.apply("長江"), folding.apply("江大"), folding.apply("大橋"));
        assertThat(tokens(analyzers.chineseUnigram(), "書籍 Book")).containsExactly(folding.apply("書"), folding.apply("籍"), "book");
        assertThat(tokens(analyzers.spelling(), "Lanterns")).containsExactly("lanterns");
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
