package tw.museum.catalog.batch;

import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * Publishing or withdrawing: through {@link ArtifactService#publish} and {@link ArtifactService#withdraw}, so
 * whatever the catalogue refuses to publish one at a time (a record not in a publishable state) the batch
 * refuses too, record by record in its preview. The undo of a publication takes a draft back to draft.
 */
@Component
@Order(10)
class PublicationStatusField extends ArtifactBatchField {

    PublicationStatusField(ArtifactService artifacts) {
        super(artifacts);
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public BatchInput input() {
        return BatchInput.choice(List.of(ArtifactStatus.PUBLISHED.name(), ArtifactStatus.WITHDRAWN.name()));
    }

    @Override
    public Set<BatchOperation> operations() {
        return Set.of(BatchOperation.SET);
    }

    @Override
    public FieldValue resolve(BatchOperation operation, BatchValue value, Checks checks) {
        String code = value.codes().size() == 1 ? value.codes().get(0) : null;
        if (!ArtifactStatus.PUBLISHED.name().equals(code) && !ArtifactStatus.WITHDRAWN.name().equals(code)) {
            checks.add("value.codes", "not-one-of", ArtifactStatus.PUBLISHED + ", " + ArtifactStatus.WITHDRAWN);
        }
        return FieldValue.ofCode(code);
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return value;
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofCode(record.status().name());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        String objectNumber = now.objectNumber();
        String status = target.code();
        if (ArtifactStatus.PUBLISHED.name().equals(status)) {
            return artifacts.publish(objectNumber, now.version());
        }
        if (ArtifactStatus.WITHDRAWN.name().equals(status)) {
            return artifacts.withdraw(objectNumber, now.version());
        }
        if (ArtifactStatus.DRAFT.name().equals(status)) {
            return artifacts.returnToDraft(objectNumber, now.version());
        }
        // only an undo asks for another status: the one the record had, which a batch cannot give back
        throw new InvalidRecordException(FieldProblem.of("status", "batch-status-not-restorable", status));
    }
}
