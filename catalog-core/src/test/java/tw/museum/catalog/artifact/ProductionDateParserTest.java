package tw.museum.catalog.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionDateParserTest {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "民國104年|2015|2015",
            "民國 54 年|1965|1965",
            "民國１０４年|2015|2015",
            "民國前10年|1902|1902",
            "民國50年-60年|1961|1971",
            "1956|1956|1956",
            "c. 1930|1930|1930",
            "1960s|1960|1969",
            "1960年代|1960|1969",
            "1962-65|1962|1965",
            "1950 to 1960|1950|1960",
            "19世紀|1801|1900",
            "19th century|1801|1900",
            "[約1963年至約1968年]|1963|1963"
    })
    void readsTheYearsADateMeans(String text, int earliest, int latest) {
        assertThat(ProductionDateParser.parse(text)).contains(new YearRange(earliest, latest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "undated", "不詳", "1970-1960"})
    void saysNothingWhenTheTextHoldsNoUsableDate(String text) {
        assertThat(ProductionDateParser.parse(text)).isEmpty();
    }
}
