package tw.museum.search.analysis;

import java.io.Reader;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one character-folding table both backends use: every traditional, simplified and variant spelling of a
 * character folds to one canonical member (the simplified form where there is one: 臺, 台, 颱 → 台; 週, 周 → 周),
 * so 雙週刊 finds 雙周刊 and 台灣 finds 臺灣. The classes come from OpenCC's dictionaries
 * ({@link OpenCcCharacterClasses}) plus the few old-glyph pairs OpenCC does not list. Lucene applies the table as
 * a char filter over a flat lookup array ({@link #reader}); the Elasticsearch backend sends the same pairs as a
 * "mapping" char_filter, so the two index the same tokens. Immutable; build once and share.
 */
public final class ChineseCharFolding {
    /**
     * Pairs searchers treat as one that OpenCC's character tables lack: old printed glyphs (淸, 靑, 値, 尙, 鄕)
     * and a few Hong Kong and Japanese spellings seen in catalogues.
     */
    static final Map<Character, Character> NOT_IN_OPENCC = Map.of('淸', '清', '靑', '青', '値', '值', '尙', '尚',
            '鄕', '鄉', '艶', '豔', '邨', '村', '銕', '鐵');

    private final Map<Character, Character> table;
    /** The same table as a lookup array over every UTF-16 unit (identity where nothing folds), for analysis. */
    private final char[] lookup;

    public ChineseCharFolding() {
        Map<Character, Character> canonical = new TreeMap<>(OpenCcCharacterClasses.load(NOT_IN_OPENCC).canonicalForms());
        this.table = Collections.unmodifiableMap(canonical);
        this.lookup = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            lookup[c] = (char) c;
        }
        table.forEach((from, to) -> lookup[from] = to);
    }

    /** The text of this reader, folded as it is read (offsets unchanged: every pair is one unit to one). */
    public Reader reader(Reader text) {
        return new FoldingCharFilter(text, lookup);
    }

    /** from → to pairs, for the Elasticsearch mapping char_filter. */
    public Map<Character, Character> table() {
        return table;
    }

    public String apply(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = lookup[out[i]];
        }
        return new String(out);
    }
}
