package tw.museum.catalog.batch;

import java.util.Set;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/** A single-valued vocabulary field (classification, object name): set to one term, or clear. */
public abstract class SingleTermField extends ArtifactBatchField {

    private final Vocabulary vocabulary;
    private final VocabularyTerms terms;

    protected SingleTermField(Vocabulary vocabulary, ArtifactService artifacts, TermService terms) {
        super(artifacts);
        this.vocabulary = vocabulary;
        this.terms = new VocabularyTerms(terms, vocabulary);
    }

    @Override
    public BatchInput input() {
        return BatchInput.terms(vocabulary, false);
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
        if (value.codes().size() > 1) {
            checks.add("value.codes", "batch-one-value");
        }
        return terms.resolve(value.codes(), true, checks);
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return operation == BatchOperation.CLEAR ? FieldValue.EMPTY : value;
    }
}
