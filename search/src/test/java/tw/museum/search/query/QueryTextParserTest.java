package tw.museum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.museum.search.analysis.ChineseCharFolding;
import tw.museum.search.analysis.KeywordNormalizer;

class QueryTextParserTest {

    final QueryTextParser parser = new QueryTextParser(new KeywordNormalizer(new ChineseCharFolding()));

    @ParameterizedTest
    @ValueSource(strings = {"2012.1799", "CA13/3/23", "NSTM-2015-001", "CRASH-4353410282721", "FA2013.0019a-b", "T.1234"})
    void recognisesObjectNumbers(String text) {
        assertThat(parser.parse("q", text).looksLikeObjectNumber()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"收音機", "radio", "valve radio", "台灣 1965"})
    void leavesWordsAsWords(String text) {
        assertThat(parser.parse("q", text).looksLikeObjectNumber()).isFalse();
    }
}
