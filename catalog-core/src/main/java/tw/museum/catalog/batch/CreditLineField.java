package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;

@Component
@Order(70)
class CreditLineField extends BilingualTextField {

    CreditLineField(ArtifactService artifacts) {
        super(artifacts, 1000);
    }

    @Override
    public String name() {
        return "creditLine";
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofText(record.creditLine());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withRights(target.text(), data.licence(), data.rightsStatement()));
    }
}
