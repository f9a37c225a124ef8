package tw.museum.search.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The one character-folding table both backends use: every traditional, simplified and variant spelling of a
 * character folds to one canonical member (the simplified form where there is one: 臺, 台, 颱 → 台; 週, 周 → 周),
 * so 雙週刊 finds 雙周刊 and 台灣 finds 臺灣. The classes come from OpenCC's dictionaries
 * ({@link OpenCcCharacterClasses}) plus the few old-glyph pairs OpenCC does not list. Lucene applies the table as
 * a MappingCharFilter; the Elasticsearch backend sends the same pairs as a "mapping" char_filter, so the two
 * index the same tokens. Immutable; build once and share.
 */
public final class ChineseCharFolding {
    /**
     * Pairs searchers treat as one that OpenCC's character tables lack: old printed glyphs (淸, 靑, 値, 尙, 鄕)
     * and a few Hong Kong and Japanese spellings seen in catalogues.
     */
    static final Map<Character, Character> NOT_IN_OPENCC = Map.of('淸', '清', '靑', '青', '値', '值', '尙', '尚',
            '鄕', '鄉', '艶', '豔', '邨', '村', '銕', '鐵');

    private final Map<Character, Character> table;
    private final NormalizeCharMap charMap;

    public ChineseCharFolding() {
        Map<Character, Character> canonical = new TreeMap<>(OpenCcCharacterClasses.load(NOT_IN_OPENCC).canonicalForms());
        this.table = Collections.unmodifiableMap(canonical);
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        table.forEach((from, to) -> builder.add(String.valueOf(from), String.valueOf(to)));
        this.charMap = builder.build();
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
