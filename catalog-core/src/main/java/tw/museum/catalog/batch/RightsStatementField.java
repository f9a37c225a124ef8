package tw.museum.catalog.batch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;

@Component
@Order(90)
class RightsStatementField extends BilingualTextField {

    RightsStatementField(ArtifactService artifacts) {
        super(artifacts, 2000);
    }

    @Override
    public String name() {
        return "rightsStatement";
    }

    @Override
    protected FieldValue valueOf(ArtifactView record) {
        return FieldValue.ofText(record.rightsStatement());
    }

    @Override
    protected ArtifactView store(ArtifactView now, FieldValue target) {
        return update(now, data -> data.withRights(data.creditLine(), data.licence(), target.text()));
    }
}
