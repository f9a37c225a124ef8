package tw.museum.site.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import tw.museum.catalog.common.FieldProblem;

/**
 * The problems of a refused form, by form field, with their messages already resolved from the bundles
 * ({@code problem.<code>}). Templates ask it whether a field has problems, for the messages, and for the
 * element ids that link an input to its messages (aria-describedby).
 */
public final class FormProblems {

    private static final FormProblems NONE = new FormProblems(Map.of());

    private final Map<String, List<String>> byField;

    private FormProblems(Map<String, List<String>> byField) {
        this.byField = byField;
    }

    public static FormProblems none() {
        return NONE;
    }

    /** Resolves each problem's message; {@code fieldMapping} turns the record's field path into the form's. */
    public static FormProblems of(List<FieldProblem> problems, UnaryOperator<String> fieldMapping,
                                  MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = fieldMapping.apply(p.field() == null ? "" : p.field());
            // Ids and limits read better without digit grouping ("999999", not "999,999").
            Object[] args = p.arguments().stream()
                    .map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a).toArray();
            String message = messages.getMessage("problem." + p.code(), args, p.code(), locale);
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
        return new FormProblems(byField);
    }

    public static FormProblems of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        return of(problems, UnaryOperator.identity(), messages, locale);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> messages(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** All problems, field by field, for the summary at the top of the form. */
    public Map<String, List<String>> all() {
        return byField;
    }

    /** The id of the input for a field path ("makers[0].role.zh" becomes "f-makers-0-role-zh"). */
    public String fieldId(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The id of the element holding a field's messages. */
    public String errorId(String field) {
        return fieldId(field) + "-error";
    }

    /** The value for aria-describedby: the messages' id, or null (no attribute) when there are none. */
    public String describedBy(String field) {
        return has(field) ? errorId(field) : null;
    }

    /** "true" for aria-invalid when the field has problems, otherwise null (no attribute). */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
