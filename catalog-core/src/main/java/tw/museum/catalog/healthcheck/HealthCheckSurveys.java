package tw.museum.catalog.healthcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * The satisfaction survey: the requester answers once, after the case closes (the caller has checked
 * number and code); staff read the results per period.
 */
@Service
@Transactional
public class HealthCheckSurveys {

    private final CaseFinder cases;
    private final CaseSurveyRepository surveys;
    private final Clock clock;

    HealthCheckSurveys(CaseFinder cases, CaseSurveyRepository surveys, Clock clock) {
        this.cases = cases;
        this.surveys = surveys;
        this.clock = clock;
    }

    public SurveyAnswer answer(String number, Integer rating, String comment) {
        HealthCheckCase c = cases.find(number);
        Checks checks = new Checks().maxLength("comment", comment, 2000);
        if (c.getStatus() != CaseStatus.CLOSED) {
            checks.add("survey", "case-not-closed");
        }
        if (rating == null) {
            checks.add("rating", "required");
        } else if (rating < 1 || rating > 5) {
            checks.add("rating", "out-of-range", 1, 5);
        }
        if (surveys.findByCaseId(c.getId()).isPresent()) {
            checks.add("survey", "already-answered");
        }
        checks.throwIfAny();
        try {
            return surveys.saveAndFlush(new CaseSurvey(c.getId(), rating,
                    comment == null || comment.isBlank() ? null : comment.strip(), clock.instant())).view();
        } catch (DataIntegrityViolationException e) {
            // a twin submission won the unique key
            throw new InvalidRecordException(FieldProblem.of("survey", "already-answered"));
        }
    }

    @Transactional(readOnly = true)
    public Optional<SurveyAnswer> find(String number) {
        return surveys.findByCaseId(cases.find(number).getId()).map(CaseSurvey::view);
    }

    /** Answers given from {@code from} to {@code to} inclusive (days in Taiwan). */
    @Transactional(readOnly = true)
    public SurveyResults results(LocalDate from, LocalDate to) {
        List<SurveyAnswer> answers = surveys.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAtDesc(
                from.atStartOfDay(HealthCheckService.MUSEUM_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(HealthCheckService.MUSEUM_ZONE).toInstant())
                .stream().map(CaseSurvey::view).toList();
        double average = answers.stream().mapToInt(SurveyAnswer::rating).average().orElse(0);
        return new SurveyResults(answers.size(), Math.round(average * 100) / 100.0, answers);
    }
}
