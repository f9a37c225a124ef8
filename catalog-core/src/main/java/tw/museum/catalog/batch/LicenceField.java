package tw.museum.catalog.batch;

import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Checks;

/** The licence of the record's data and images: one web address (a Creative Commons deed), or none. */
@Component
@Order(80)
class LicenceField extends ArtifactBatchField {

    LicenceField(ArtifactService artifacts) {
        super(artifacts);
    }

    @Override
    public String name() {
        return "licence";
    }

    @Override
    public BatchInput input() {
        return BatchInput.of(BatchInput.Kind.URL);
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
        if (value.codes().size() != 1) {
            checks.add("value.codes", value.codes().isEmpty() ? "required" : "batch-one-value");
        } else if (!ArtifactService.isWebUrl(value.codes().get(0))) {
            checks.add("value.codes[0]", "url-format");
        } else {
            checks.maxLength("value.codes[0]", value.codes().get(0), 500); // the column's size
        }
        return FieldValue.ofCode(value.codes().isEmpty() ? null : value.codes().get(0));
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return operation == BatchOperation.CLEAR ? FieldValue.EMPTY : value;
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofCode(record.licence());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withRights(data.creditLine(), target.code(), data.rightsStatement()));
    }
}
