package tw.museum.catalog.batch;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;

/**
 * One record of a batch: its value before and after the change, why it was refused or skipped, and the
 * record's version at the preview, after the change, and after the undo.
 */
public record BatchItemView(int position, String objectNumber, ItemState state, FieldValue before, FieldValue after,
                            List<FieldProblem> problems, Long versionSeen, Long versionApplied, Long versionUndone) {
}
