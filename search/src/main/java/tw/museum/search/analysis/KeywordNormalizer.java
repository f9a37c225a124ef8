package tw.museum.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Normalises whole values (object numbers, titles for exact match, suggestion keys) in Java, so both
 * backends store and query the identical keyword: Chinese folding, NFKC with case folding (full-width →
 * half-width, case), accents removed, whitespace collapsed.
 */
public final class KeywordNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ChineseCharFolding folding;
    private final Normalizer2 nfkcCaseFold = Normalizer2.getNFKCCasefoldInstance();
    private final Normalizer2 nfd = Normalizer2.getNFDInstance();

    public KeywordNormalizer(ChineseCharFolding folding) {
        this.folding = folding;
    }

    public String normalize(String value) {
        if (value == null) {
            return "";
        }
        if (isPlainAscii(value)) {
            // Most object numbers and English titles: NFKC, accents and Chinese folding cannot change them.
            return SPACES.matcher(value.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
        }
        String folded = nfkcCaseFold.normalize(folding.apply(value));
        String noAccents = MARKS.matcher(nfd.normalize(folded)).replaceAll("");
        return SPACES.matcher(nfkcCaseFold.normalize(noAccents)).replaceAll(" ").strip();
    }

    private static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80 || (c < 0x20 && c != ' ')) {
                return false;
            }
        }
        return true;
    }
}
