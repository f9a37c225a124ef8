package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

@Component
@Order(20)
class ClassificationField extends SingleTermField {

    ClassificationField(ArtifactService artifacts, TermService terms) {
        super(Vocabulary.CLASSIFICATION, artifacts, terms);
    }

    @Override
    public String name() {
        return "classification";
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofTerm(record.classification());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withNameAndClassification(data.objectName(), target.code()));
    }
}
