package tw.museum.importer.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads values out of a source record by path: dotted names with [n] for array items. */
public final class RecordPaths {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private RecordPaths() {
    }

    public static JsonNode node(JsonNode record, String path) {
        if (path == null || path.isBlank() || record == null) {
            return null;
        }
        // A CSV column may itself contain dots: try the whole path as one name first.
        if (record.has(path)) {
            return record.get(path);
        }
        JsonNode current = record;
        for (String step : path.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches() || current == null) {
                return null;
            }
            current = current.get(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (current != null && index.find()) {
                current = current.isArray() ? current.get(Integer.parseInt(index.group(1))) : null;
            }
        }
        return current;
    }

    /**
     * The text at a path, or null when absent, null or blank. Numbers are given as their text. Alternatives
     * separated by " | " are tried in order ("title.zh-hant | title.en": the English title when there is
     * no Chinese one); an alternative starting with "=" is a literal value ("title.en | =無標題").
     */
    public static String text(JsonNode record, String path) {
        if (path != null && path.startsWith("=")) {
            String literal = path.substring(1).strip();
            return literal.isEmpty() ? null : literal;
        }
        if (path != null && path.contains(" | ")) {
            for (String alternative : path.split(" \\| ")) {
                String value = text(record, alternative.strip());
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        JsonNode node = node(record, path);
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Fills {field} placeholders of a pattern ("mplus:{id}") from a record; null if any is missing. */
    public static String format(String pattern, JsonNode record) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = text(record, m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
