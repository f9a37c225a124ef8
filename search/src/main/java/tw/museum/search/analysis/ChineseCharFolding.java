package tw.museum.search.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The one character-folding table both backends use: variants → canonical, simplified → traditional.
 * Lucene applies it as a MappingCharFilter; the Elasticsearch backend sends the same pairs as a
 * "mapping" char_filter, so the two index the same tokens. Immutable; build once and share.
 */
public final class ChineseCharFolding {
    private final Map<Character, Character> table;
    private final NormalizeCharMap charMap;

    public ChineseCharFolding() {
        Map<Character, Character> simplified = SimplifiedToTraditionalTable.load();
        Map<Character, Character> combined = new TreeMap<>();
        for (Map.Entry<Character, Character> e : simplified.entrySet()) {
            combined.put(e.getKey(), fold(e.getKey(), simplified));
        }
        for (Character variant : ChineseVariantTable.pairs().keySet()) {
            combined.put(variant, fold(variant, simplified));
        }
        // The canonical forms themselves may be changed by Hans-Hant (rare); make sure they stay put.
        combined.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        this.table = Collections.unmodifiableMap(combined);
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        table.forEach((from, to) -> builder.add(String.valueOf(from), String.valueOf(to)));
        this.charMap = builder.build();
    }

    /** Applied until nothing changes: a few Hans-Hant mappings chain (苎 → 苧 → 薴). */
    private static char fold(char c, Map<Character, Character> simplified) {
        char current = c;
        for (int i = 0; i < 4; i++) {
            char v = ChineseVariantTable.canonical(current);
            char next = ChineseVariantTable.canonical(simplified.getOrDefault(v, v));
            if (next == current) {
                break;
            }
            current = next;
        }
        return current;
    }

    public NormalizeCharMap charMap() {
        return charMap;
    }

    /** from → to pairs, for the Elasticsearch mapping char_filter. */
    public Map<Character, Character> table() {
        return table;
    }

    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character mapped = table.get(c);
            out.append(mapped == null ? c : mapped);
        }
        return out.toString();
    }
}
