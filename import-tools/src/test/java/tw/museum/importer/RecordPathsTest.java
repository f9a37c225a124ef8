package tw.museum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.importer.mapping.RecordPaths;

class RecordPathsTest {

    final JsonNode record = JsonMapper.builder().build().readTree("""
            {"id": 378, "title": {"en": "Ko Shing Street", "zh-hant": null},
             "classification": {"category": {"en": ["Photography"]}}, "dotted.column": "x"}""");

    @Test
    void readsDottedPathsArrayItemsAndColumnsWithDots() {
        assertThat(RecordPaths.text(record, "classification.category.en[0]")).isEqualTo("Photography");
        assertThat(RecordPaths.text(record, "dotted.column")).isEqualTo("x");
        assertThat(RecordPaths.text(record, "id")).isEqualTo("378");
        assertThat(RecordPaths.text(record, "classification.category.en[5]")).isNull();
        assertThat(RecordPaths.text(record, "no.such.path")).isNull();
    }

    @Test
    void alternativesFallBackInOrderEndingInALiteral() {
        assertThat(RecordPaths.text(record, "title.zh-hant | title.en")).isEqualTo("Ko Shing Street");
        assertThat(RecordPaths.text(record, "title.zh-hant | missing | =無標題")).isEqualTo("無標題");
        assertThat(RecordPaths.format("mplus:{id}", record)).isEqualTo("mplus:378");
        assertThat(RecordPaths.format("mplus:{nope}", record)).isNull();
    }
}
