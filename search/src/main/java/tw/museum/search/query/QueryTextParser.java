package tw.museum.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.InvalidSearchRequestException;

/**
 * Splits query text into words and "quoted phrases". Deliberately tiny: no operators, so nothing a visitor
 * types can produce a syntax error deep inside an engine; the only syntax error is an unbalanced quote.
 */
public final class QueryTextParser {
    /** Object numbers look like 2012.1799, CL2013.1.12, FA2013.0019a-b, NSTM-2015-001: a digit early, no spaces. */
    private static final Pattern OBJECT_NUMBER_LIKE = Pattern.compile("^[\\p{L}]{0,8}[-._/]?\\d[\\p{Alnum}.\\-/_()]*$");

    private final KeywordNormalizer normalizer;

    public QueryTextParser(KeywordNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public ParsedQuery parse(String parameter, String raw) {
        String text = normalizeQuotes(raw == null ? "" : raw).strip();
        List<QueryClause> clauses = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new InvalidSearchRequestException(parameter, "unbalanced-quote", i + 1);
                }
                String phrase = text.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    clauses.add(new QueryClause(phrase, true));
                }
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                flush(words, clauses);
                i++;
            } else {
                words.append(c);
                i++;
            }
        }
        flush(words, clauses);
        String key = null;
        if (clauses.size() == 1 && !clauses.get(0).phrase()) {
            String candidate = normalizer.normalize(clauses.get(0).text());
            if (OBJECT_NUMBER_LIKE.matcher(candidate).matches()) {
                key = candidate;
            }
        }
        return new ParsedQuery(text, clauses, key);
    }

    private static void flush(StringBuilder words, List<QueryClause> clauses) {
        if (!words.isEmpty()) {
            clauses.add(new QueryClause(words.toString(), false));
            words.setLength(0);
        }
    }

    /** Curly, full-width and CJK corner quotes all count as the one quote character. */
    private static String normalizeQuotes(String text) {
        return text.replace('\u201C', '"').replace('\u201D', '"').replace('\uFF02', '"')
                .replace('\u300C', '"').replace('\u300D', '"');
    }
}
