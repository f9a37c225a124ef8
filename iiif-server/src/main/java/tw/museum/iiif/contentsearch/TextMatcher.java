package tw.museum.iiif.contentsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the terms of a query in a page of text, for Traditional Chinese and English alike: no word breaks
 * are needed (a term matches wherever its characters occur), case and full-width forms are ignored and 臺
 * matches 台. Folding keeps every character in its place, so offsets point into the original text.
 */
final class TextMatcher {

    /** A match: where it starts in the page text and how long it is. */
    record Match(int start, int length) {
    }

    private final List<String> terms;

    TextMatcher(String query) {
        this.terms = query == null ? List.of() : Arrays.stream(fold(query.strip()).split("\\s+"))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every occurrence of every term, in the order they occur (overlaps of two terms both kept). */
    List<Match> find(String text) {
        String folded = fold(text);
        List<Match> out = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                out.add(new Match(at, term.length()));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.length(), a.length()));
        return out;
    }

    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII
            } else if (c == '\u3000') {
                c = ' ';
            } else if (c == '臺') {
                c = '台';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
