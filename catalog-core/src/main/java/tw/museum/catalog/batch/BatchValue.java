package tw.museum.catalog.batch;

import java.util.LinkedHashSet;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * What a batch sets, adds or removes, as staff give it: codes (vocabulary terms, a status, an address, a location)
 * or a bilingual text (a credit line), and for changes that record why they were made (a move) the reason.
 * Codes are trimmed, blanks dropped and repeats removed.
 */
public record BatchValue(List<String> codes, Bilingual text, String reason) {

    public BatchValue(List<String> codes, Bilingual text) {
        this(codes, text, null);
    }

    public BatchValue {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(distinct::add);
        }
        codes = List.copyOf(distinct);
        text = text == null ? Bilingual.empty() : text;
    }

    public static BatchValue ofCodes(String... codes) {
        return new BatchValue(List.of(codes), null);
    }

    public static BatchValue ofText(Bilingual text) {
        return new BatchValue(null, text);
    }

    public static BatchValue none() {
        return new BatchValue(null, null);
    }
}
