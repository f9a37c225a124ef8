package tw.museum.site.condition;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;

/** An artifact's condition history (newest first) for its staff page: {@code ${@conditionHistory.of(number)}}. */
@Component("conditionHistory")
public class ConditionHistory {

    private final ConditionCheckService conditions;

    public ConditionHistory(ConditionCheckService conditions) {
        this.conditions = conditions;
    }

    public List<ConditionCheckView> of(String objectNumber) {
        return conditions.forArtifact(objectNumber);
    }
}
