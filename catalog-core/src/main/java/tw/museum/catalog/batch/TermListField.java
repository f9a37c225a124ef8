package tw.museum.catalog.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.TermField;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.catalog.vocabulary.TermService;

/** A multi-valued vocabulary field (materials, techniques, subjects): set, add to, remove from or clear. */
public abstract class TermListField extends ArtifactBatchField {

    private final TermField field;
    private final VocabularyTerms terms;

    protected TermListField(TermField field, ArtifactService artifacts, TermService terms) {
        super(artifacts);
        this.field = field;
        this.terms = new VocabularyTerms(terms, field.vocabulary());
    }

    @Override
    public String name() {
        return field.fieldName();
    }

    @Override
    public BatchInput input() {
        return BatchInput.terms(field.vocabulary(), true);
    }

    @Override
    public Set<BatchOperation> operations() {
        return Set.of(BatchOperation.SET, BatchOperation.ADD, BatchOperation.REMOVE, BatchOperation.CLEAR);
    }

    @Override
    public FieldValue resolve(BatchOperation operation, BatchValue value, Checks checks) {
        if (operation == BatchOperation.CLEAR) {
            return FieldValue.EMPTY;
        }
        // removing a retired term is what retiring it asks for; setting or adding one is not
        return terms.resolve(value.codes(), operation != BatchOperation.REMOVE, checks);
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return switch (operation) {
            case SET -> value;
            case CLEAR -> FieldValue.EMPTY;
            case ADD -> {
                List<FieldValue.Part> parts = new ArrayList<>(current.parts());
                value.parts().stream().filter(p -> !current.codes().contains(p.code())).forEach(parts::add);
                yield new FieldValue(parts);
            }
            case REMOVE -> new FieldValue(current.parts().stream()
                    .filter(p -> !value.codes().contains(p.code())).toList());
        };
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        List<TermRef> refs = switch (field) {
            case MATERIAL -> record.materials();
            case TECHNIQUE -> record.techniques();
            case SUBJECT -> record.subjects();
        };
        return FieldValue.ofTerms(refs);
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withTerms(field, target.codes()));
    }
}
