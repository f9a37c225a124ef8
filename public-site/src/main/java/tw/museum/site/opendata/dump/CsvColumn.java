package tw.museum.site.opendata.dump;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.museum.catalog.common.Bilingual;

/**
 * The columns of artifacts.csv, in order. Names and order are a published interface: add columns at
 * the end, never rename or reorder. Descriptions are in the opendata bundle ({@code opendata.field.<name>})
 * and listed in dataset.json. Several values in one cell are joined with " | ".
 */
public enum CsvColumn {
    OBJECT_NUMBER("object_number", OpenDataRecord::objectNumber),
    TITLE_ZH("title_zh", r -> zh(r.title())),
    TITLE_EN("title_en", r -> en(r.title())),
    OBJECT_NAME_ZH("object_name_zh", r -> r.objectName() == null ? null : zh(r.objectName().label())),
    OBJECT_NAME_EN("object_name_en", r -> r.objectName() == null ? null : en(r.objectName().label())),
    CLASSIFICATION("classification", r -> r.classification() == null ? null : r.classification().code()),
    CLASSIFICATION_ZH("classification_zh", r -> r.classification() == null ? null : zh(r.classification().label())),
    CLASSIFICATION_EN("classification_en", r -> r.classification() == null ? null : en(r.classification().label())),
    DESCRIPTION_ZH("description_zh", r -> zh(r.description())),
    DESCRIPTION_EN("description_en", r -> en(r.description())),
    DATE_ZH("date_zh", r -> r.productionDate() == null ? null : zh(r.productionDate().display())),
    DATE_EN("date_en", r -> r.productionDate() == null ? null : en(r.productionDate().display())),
    EARLIEST_YEAR("earliest_year", r -> r.productionDate() == null ? null : str(r.productionDate().earliestYear())),
    LATEST_YEAR("latest_year", r -> r.productionDate() == null ? null : str(r.productionDate().latestYear())),
    PLACE_ZH("production_place_zh", r -> zh(r.productionPlace())),
    PLACE_EN("production_place_en", r -> en(r.productionPlace())),
    MAKERS_ZH("makers_zh", r -> join(r.makers().stream().map(m -> zh(m.name())).toList())),
    MAKERS_EN("makers_en", r -> join(r.makers().stream().map(m -> en(m.name())).toList())),
    MATERIALS_ZH("materials_zh", r -> join(r.materials().stream().map(t -> zh(t.label())).toList())),
    MATERIALS_EN("materials_en", r -> join(r.materials().stream().map(t -> en(t.label())).toList())),
    TECHNIQUES_ZH("techniques_zh", r -> join(r.techniques().stream().map(t -> zh(t.label())).toList())),
    TECHNIQUES_EN("techniques_en", r -> join(r.techniques().stream().map(t -> en(t.label())).toList())),
    SUBJECTS_ZH("subjects_zh", r -> join(r.subjects().stream().map(t -> zh(t.label())).toList())),
    SUBJECTS_EN("subjects_en", r -> join(r.subjects().stream().map(t -> en(t.label())).toList())),
    DIMENSIONS("dimensions", r -> join(r.dimensions().stream()
            .map(d -> d.aspect() + " " + d.value().toPlainString() + " " + d.unit()).toList())),
    INSCRIPTION_ZH("inscription_zh", r -> zh(r.inscription())),
    INSCRIPTION_EN("inscription_en", r -> en(r.inscription())),
    PROVENANCE_ZH("provenance_zh", r -> zh(r.provenance())),
    PROVENANCE_EN("provenance_en", r -> en(r.provenance())),
    CREDIT_LINE_ZH("credit_line_zh", r -> zh(r.creditLine())),
    CREDIT_LINE_EN("credit_line_en", r -> en(r.creditLine())),
    LICENCE("licence", OpenDataRecord::licence),
    RIGHTS_ZH("rights_zh", r -> zh(r.rightsStatement())),
    RIGHTS_EN("rights_en", r -> en(r.rightsStatement())),
    URL("url", OpenDataRecord::url),
    MANIFEST("iiif_manifest", OpenDataRecord::manifest),
    IMAGES("iiif_images", r -> join(r.images().stream().map(OpenDataRecord.Image::iiifService).toList())),
    PUBLISHED_AT("published_at", r -> str(r.publishedAt())),
    UPDATED_AT("updated_at", r -> str(r.updatedAt()));

    private final String header;
    private final Function<OpenDataRecord, String> value;

    CsvColumn(String header, Function<OpenDataRecord, String> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public String valueOf(OpenDataRecord record) {
        return value.apply(record);
    }

    private static String zh(Bilingual b) {
        return b == null ? null : b.zh();
    }

    private static String en(Bilingual b) {
        return b == null ? null : b.en();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String join(List<String> values) {
        String joined = values.stream().filter(Objects::nonNull).collect(Collectors.joining(" | "));
        return joined.isEmpty() ? null : joined;
    }
}
