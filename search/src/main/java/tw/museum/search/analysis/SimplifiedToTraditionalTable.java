package tw.museum.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Simplified → Traditional, one character at a time, read once from ICU's "Hans-Hant" transliterator.
 * Character-level mapping is what a char filter can apply in both backends identically and fast; the few
 * phrase-level choices ICU makes are lost, which is harmless because index and query fold the same way.
 */
final class SimplifiedToTraditionalTable {
    private SimplifiedToTraditionalTable() {
    }

    static Map<Character, Character> load() {
        Transliterator hansHant = Transliterator.getInstance("Hans-Hant");
        Map<Character, Character> table = new HashMap<>();
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
            if (c > '\u4DBF' && c < '\u4E00') {
                continue;
            }
            String out = hansHant.transliterate(String.valueOf(c));
            if (out.length() == 1 && out.charAt(0) != c) {
                table.put(c, out.charAt(0));
            }
        }
        return table;
    }
}
