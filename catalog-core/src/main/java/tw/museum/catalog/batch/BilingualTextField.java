package tw.museum.catalog.batch;

import java.util.Set;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Checks;

/** A bilingual text field (credit line, rights statement): set to one text in both languages, or clear. */
public abstract class BilingualTextField extends ArtifactBatchField {

    private final int maxLength;

    /** {@code maxLength} as the catalogue limits the field, so a too-long text is refused once, not per record. */
    protected BilingualTextField(ArtifactService artifacts, int maxLength) {
        super(artifacts);
        this.maxLength = maxLength;
    }

    @Override
    public BatchInput input() {
        return BatchInput.of(BatchInput.Kind.TEXT);
    }

    @Override
    public Set<BatchOperation> operations() {
        return Set.of(BatchOperation.SET, BatchOperation.CLEAR);
    }

    @Override
    public FieldValue resolve(BatchOperation operation, BatchValue value, Checks checks) {
        if (operation == BatchOperation.CLEAR) {
            return FieldValue.EMPTY;
        }
        if (value.text().isEmpty()) {
            checks.add("value.text.zh", "required");
        }
        checks.maxLength("value.text", value.text(), maxLength);
        return FieldValue.ofText(value.text());
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return operation == BatchOperation.CLEAR ? FieldValue.EMPTY : value;
    }
}
