package tw.museum.catalog.common;

import java.util.List;

/** A submitted record breaks one or more rules; nothing was stored. */
public class InvalidRecordException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRecordException(List<FieldProblem> problems) {
        super("Invalid record: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidRecordException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
