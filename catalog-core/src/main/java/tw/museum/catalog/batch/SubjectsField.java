package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.TermField;
import tw.museum.catalog.vocabulary.TermService;

@Component
@Order(60)
class SubjectsField extends TermListField {

    SubjectsField(ArtifactService artifacts, TermService terms) {
        super(TermField.SUBJECT, artifacts, terms);
    }
}
