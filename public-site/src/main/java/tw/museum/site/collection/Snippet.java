package tw.museum.site.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A search snippet as text parts, some of them matches. The index marks matches with {@code <em>} and
 * HTML-escapes the rest; the snippet is split on the markers and unescaped into plain text, which the
 * template escapes again with th:text. Nothing from the index is ever written into the page as markup.
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean match) {
    }

    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet parse(String highlighted) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MARK.matcher(highlighted);
        int at = 0;
        while (m.find()) {
            add(parts, highlighted.substring(at, m.start()), false);
            add(parts, m.group(1), true);
            at = m.end();
        }
        add(parts, highlighted.substring(at), false);
        return new Snippet(parts);
    }

    /**
     * The most telling snippet of a hit for a page language: a description passage in that language,
     * then a title, then the other language's, then the passage of an attached document. Null when the index
     * returned none (browsing, no query).
     */
    public static Snippet best(Map<String, List<String>> highlights, String language) {
        String other = "en".equals(language) ? "zh" : "en";
        String mine = "en".equals(language) ? "en" : "zh";
        for (String field : List.of("description_" + mine, "title_" + mine, "description_" + other, "title_" + other,
                "document_text")) {
            List<String> snippets = highlights.get(field);
            if (snippets != null && !snippets.isEmpty()) {
                return parse(String.join(" … ", snippets));
            }
        }
        return null;
    }

    private static void add(List<Part> parts, String escaped, boolean match) {
        // Any tag other than the markers is dropped, then entities decoded: plain text remains.
        String text = HtmlUtils.htmlUnescape(escaped.replaceAll("</?em>", ""));
        if (!text.isEmpty()) {
            parts.add(new Part(text, match));
        }
    }
}
