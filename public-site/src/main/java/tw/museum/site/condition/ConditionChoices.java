package tw.museum.site.condition;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.RiskLevel;
import tw.museum.catalog.condition.Urgency;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;

/** What the condition form offers: damage types (current CONDITION terms), grades, risks, urgencies. */
@Component
public class ConditionChoices {

    private final TermService terms;

    public ConditionChoices(TermService terms) {
        this.terms = terms;
    }

    public record Options(List<TermView> damages, ConditionContext[] contexts, ConditionGrade[] grades,
                          RiskLevel[] risks, Urgency[] urgencies) {
    }

    public Options options() {
        return new Options(terms.list(Vocabulary.CONDITION).stream().filter(t -> !t.retired()).toList(),
                ConditionContext.values(), ConditionGrade.values(), RiskLevel.values(), Urgency.values());
    }
}
