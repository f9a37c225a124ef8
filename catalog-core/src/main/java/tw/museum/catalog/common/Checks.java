package tw.museum.catalog.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a record is checked, then refuses it in one go. */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks require(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "too-long", max));
        }
        return this;
    }

    public Checks maxLength(String field, Bilingual value, int max) {
        if (value != null) {
            maxLength(field + ".zh", value.zh(), max);
            maxLength(field + ".en", value.en(), max);
        }
        return this;
    }

    public Checks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public Checks add(String field, String code, Object... arguments) {
        problems.add(FieldProblem.of(field, code, arguments));
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }
}
