package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.TermField;
import tw.museum.catalog.vocabulary.TermService;

@Component
@Order(40)
class MaterialsField extends TermListField {

    MaterialsField(ArtifactService artifacts, TermService terms) {
        super(TermField.MATERIAL, artifacts, terms);
    }
}
