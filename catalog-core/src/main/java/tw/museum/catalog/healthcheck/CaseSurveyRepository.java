package tw.museum.catalog.healthcheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseSurveyRepository extends JpaRepository<CaseSurvey, Long> {

    Optional<CaseSurvey> findByCaseId(long caseId);

    List<CaseSurvey> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAtDesc(Instant from, Instant to);
}
