package tw.museum.iiif.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerView;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

/**
 * The label/value pairs a viewer shows beside the images. Only public fields exist here (the input is a
 * {@link PublicArtifactView}); labels come from the bundle, values keep the language they were written in.
 */
@Component
class ManifestMetadata {

    private final PresentationMessages messages;

    ManifestMetadata(PresentationMessages messages) {
        this.messages = messages;
    }

    List<Map<String, Object>> of(PublicArtifactView a, boolean licenceInRights) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        add(pairs, "objectNumber", LanguageMaps.none(a.objectNumber()));
        add(pairs, "classification", term(a.classification()));
        add(pairs, "objectName", term(a.objectName()));
        add(pairs, "makers", makers(a.makers()));
        add(pairs, "date", date(a.productionDate()));
        add(pairs, "place", a.productionPlace() == null ? Map.of() : LanguageMaps.of(a.productionPlace().name()));
        add(pairs, "materials", terms(a.materials()));
        add(pairs, "techniques", terms(a.techniques()));
        add(pairs, "subjects", terms(a.subjects()));
        add(pairs, "dimensions", dimensions(a.dimensions()));
        add(pairs, "inscription", LanguageMaps.of(a.inscription()));
        add(pairs, "provenance", LanguageMaps.of(a.provenance()));
        if (!licenceInRights && a.licence() != null && !a.licence().isBlank()) {
            add(pairs, "licence", LanguageMaps.none(a.licence().strip()));
        }
        add(pairs, "rightsStatement", LanguageMaps.of(a.rightsStatement()));
        return pairs;
    }

    private void add(List<Map<String, Object>> pairs, String field, Map<String, List<String>> value) {
        if (value.isEmpty()) {
            return;
        }
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("label", messages.label("iiif.metadata." + field));
        pair.put("value", value);
        pairs.add(pair);
    }

    private static Map<String, List<String>> term(TermRef term) {
        return term == null ? Map.of() : LanguageMaps.of(term.label());
    }

    private static Map<String, List<String>> terms(List<TermRef> terms) {
        return terms == null ? Map.of()
                : LanguageMaps.ofAll(terms.stream().filter(Objects::nonNull).map(TermRef::label).toList());
    }

    private Map<String, List<String>> makers(List<MakerView> makers) {
        if (makers == null) {
            return Map.of();
        }
        List<Bilingual> credits = makers.stream().map(m -> Bilingual.of(
                credit(false, m.name().zh(), m.role() == null ? null : m.role().zh()),
                credit(true, m.name().en(), m.role() == null ? null : m.role().en()))).toList();
        return LanguageMaps.ofAll(credits);
    }

    private String credit(boolean english, String name, String role) {
        if (name == null) {
            return null;
        }
        return role == null ? name : messages.text(english, "iiif.maker.withRole", name, role);
    }

    private static Map<String, List<String>> date(ProductionDate date) {
        if (date == null) {
            return Map.of();
        }
        Map<String, List<String>> display = LanguageMaps.of(date.display());
        if (!display.isEmpty()) {
            return display;
        }
        Integer from = date.earliestYear();
        Integer to = date.latestYear();
        if (from == null && to == null) {
            return Map.of();
        }
        if (from == null || to == null || from.equals(to)) {
            return LanguageMaps.none(String.valueOf(from != null ? from : to));
        }
        return LanguageMaps.none(from + "–" + to);
    }

    private Map<String, List<String>> dimensions(List<Dimension> dimensions) {
        if (dimensions == null) {
            return Map.of();
        }
        List<Bilingual> lines = dimensions.stream().filter(Objects::nonNull)
                .map(d -> Bilingual.of(dimension(false, d), dimension(true, d))).toList();
        return LanguageMaps.ofAll(lines);
    }

    private String dimension(boolean english, Dimension d) {
        String aspect = d.aspect() == null ? "" : messages.text(english, "iiif.aspect." + d.aspect());
        String measure = messages.text(english, "iiif.dimension.value", aspect,
                d.value() == null ? "" : d.value().toPlainString(), d.unit() == null ? "" : d.unit()).strip();
        String part = d.part() == null ? null : (english ? d.part().en() : d.part().zh());
        return part == null ? measure : messages.text(english, "iiif.dimension.withPart", part, measure);
    }
}
