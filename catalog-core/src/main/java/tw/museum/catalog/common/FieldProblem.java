package tw.museum.catalog.common;

import java.util.List;

/**
 * One thing wrong with one field of a submitted record. {@code code} names a message in the
 * interface bundles ({@code problem.<code>}); {@code arguments} fill its placeholders.
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }
}
