package tw.museum.catalog.batch;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;

/** What a job found or did for one record; null versions and values leave the stored ones as they are. */
record ItemResult(ItemState state, Long versionSeen, Long versionApplied, Long versionUndone, FieldValue before,
                  FieldValue after, List<FieldProblem> problems) {

    ItemResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static ItemResult previewed(ItemState state, FieldState before, FieldValue after, List<FieldProblem> problems) {
        return new ItemResult(state, before == null ? null : before.version(), null, null,
                before == null ? null : before.value(), after, problems);
    }

    static ItemResult applied(long version) {
        return new ItemResult(ItemState.APPLIED, null, version, null, null, null, null);
    }

    static ItemResult undone(long version) {
        return new ItemResult(ItemState.UNDONE, null, null, version, null, null, null);
    }

    static ItemResult skipped(ItemState state, FieldProblem problem) {
        return new ItemResult(state, null, null, null, null, null, List.of(problem));
    }

    static ItemResult skipped(ItemState state, List<FieldProblem> problems) {
        return new ItemResult(state, null, null, null, null, null, problems);
    }
}
