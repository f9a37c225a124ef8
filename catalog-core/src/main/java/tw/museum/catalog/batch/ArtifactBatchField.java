package tw.museum.catalog.batch;

import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.StaleVersionException;

/**
 * A field of the artifact record, changed through {@link ArtifactService#update}: the whole record is submitted
 * with only this field replaced, so every rule of the catalogue is checked again and the change is audited.
 */
public abstract class ArtifactBatchField implements BatchField {

    protected final ArtifactService artifacts;

    protected ArtifactBatchField(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    /** The field's value in a record. */
    protected abstract FieldValue valueOf(ArtifactView record);

    /** Saves the record {@code now} with the field set to {@code target}, through the catalogue's service. */
    protected abstract ArtifactView store(ArtifactView now, FieldValue target);

    @Override
    public FieldState read(String objectNumber) {
        ArtifactView record = artifacts.get(objectNumber);
        return new FieldState(valueOf(record), record.version());
    }

    @Override
    public FieldState write(String objectNumber, long version, FieldValue target) {
        ArtifactView now = artifacts.get(objectNumber);
        StaleVersionException.check(ArtifactService.AUDIT_TYPE, objectNumber, version, now.version());
        ArtifactView after = store(now, target);
        return new FieldState(valueOf(after), after.version());
    }

    /** Submits the whole record with the field changed: every rule of the catalogue is checked again. */
    protected ArtifactView update(ArtifactView now, UnaryOperator<ArtifactData> change) {
        return artifacts.update(now.objectNumber(), change.apply(ArtifactData.of(now)));
    }

    @Override
    public Map<String, Long> versions(Collection<String> objectNumbers) {
        return artifacts.versions(objectNumbers);
    }
}
