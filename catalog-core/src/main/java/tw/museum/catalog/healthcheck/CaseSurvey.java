package tw.museum.catalog.healthcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The requester's satisfaction answer for a closed case. */
@Entity
@Table(name = "health_check_survey")
class CaseSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_survey_seq")
    @SequenceGenerator(name = "health_check_survey_seq", sequenceName = "health_check_survey_seq", allocationSize = 50)
    private Long id;

    private Long caseId;
    private int rating;
    private String comment;
    private Instant submittedAt;

    protected CaseSurvey() {
    }

    CaseSurvey(long caseId, int rating, String comment, Instant submittedAt) {
        this.caseId = caseId;
        this.rating = rating;
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    SurveyAnswer view() {
        return new SurveyAnswer(rating, comment, submittedAt);
    }
}
