package tw.museum.importer.run;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;

/** What happened to one record, and why it failed if it did. */
public record Result(Outcome outcome, List<FieldProblem> problems) {

    public static Result of(Outcome outcome) {
        return new Result(outcome, List.of());
    }

    public static Result failed(List<FieldProblem> problems) {
        return new Result(Outcome.FAILED, problems);
    }
}
