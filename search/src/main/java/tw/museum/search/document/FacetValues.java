package tw.museum.search.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.museum.search.api.Facet;
import tw.museum.search.api.Maker;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/**
 * The facet values of one document, computed once for both backends. Periods use the earliest year:
 * decade "1950" means 1950-1959, century "1900" means 1900-1999.
 */
public final class FacetValues {
    private FacetValues() {
    }

    public static Map<Facet, List<String>> of(SearchDocument doc) {
        Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
        if (doc.classification() != null) {
            values.put(Facet.CLASSIFICATION, List.of(doc.classification().code()));
        }
        values.put(Facet.MATERIAL, codes(doc.materials()));
        values.put(Facet.TECHNIQUE, codes(doc.techniques()));
        values.put(Facet.SUBJECT, codes(doc.subjects()));
        values.put(Facet.MAKER, doc.makers().stream().map(Maker::id).distinct().toList());
        values.put(Facet.PLACE, codes(doc.places()));
        if (doc.earliestYear() != null) {
            int year = doc.earliestYear();
            values.put(Facet.DECADE, List.of(String.valueOf(Math.floorDiv(year, 10) * 10)));
            values.put(Facet.CENTURY, List.of(String.valueOf(Math.floorDiv(year, 100) * 100)));
        }
        if (doc.type() == tw.museum.search.api.EntryType.OBJECT) {
            values.put(Facet.HAS_IMAGE, List.of(String.valueOf(doc.hasImage())));
        }
        values.put(Facet.TYPE, List.of(doc.type().code()));
        values.values().removeIf(List::isEmpty);
        return values;
    }

    private static List<String> codes(List<Term> terms) {
        Set<String> codes = new LinkedHashSet<>();
        terms.forEach(t -> codes.add(t.code()));
        return new ArrayList<>(codes);
    }

    /** Field name a facet is stored under (keyword / doc values). */
    public static String field(Facet facet) {
        return "facet_" + facet.parameterName();
    }
}
