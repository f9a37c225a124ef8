package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

@Component
@Order(30)
class ObjectNameField extends SingleTermField {

    ObjectNameField(ArtifactService artifacts, TermService terms) {
        super(Vocabulary.OBJECT_NAME, artifacts, terms);
    }

    @Override
    public String name() {
        return "objectName";
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofTerm(record.objectName());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withNameAndClassification(target.code(), data.classification()));
    }
}
