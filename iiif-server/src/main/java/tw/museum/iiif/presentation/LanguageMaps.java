package tw.museum.iiif.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.museum.catalog.common.Bilingual;

/**
 * IIIF language maps ({"zh-Hant": [...], "en": [...]}). A language that is absent is left out rather than
 * filled with the other language's text, so every string carries its true language tag.
 */
final class LanguageMaps {

    static final String ZH = "zh-Hant";
    static final String EN = "en";
    /** The tag for values that are in no language (numbers, URIs). */
    static final String NONE = "none";

    private LanguageMaps() {
    }

    /** The map of a bilingual value; empty when neither language is filled. */
    static Map<String, List<String>> of(Bilingual value) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (value != null && value.zh() != null) {
            map.put(ZH, List.of(value.zh()));
        }
        if (value != null && value.en() != null) {
            map.put(EN, List.of(value.en()));
        }
        return map;
    }

    /** Several values, each contributing to the languages it has (a list of terms, of makers). */
    static Map<String, List<String>> ofAll(List<Bilingual> values) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Bilingual v : values) {
            if (v != null && v.zh() != null) {
                zh.add(v.zh());
            }
            if (v != null && v.en() != null) {
                en.add(v.en());
            }
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (!zh.isEmpty()) {
            map.put(ZH, List.copyOf(zh));
        }
        if (!en.isEmpty()) {
            map.put(EN, List.copyOf(en));
        }
        return map;
    }

    static Map<String, List<String>> none(String value) {
        return Map.of(NONE, List.of(value));
    }
}
