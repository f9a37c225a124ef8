package tw.museum.catalog.healthcheck;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HealthCheckCaseRepository extends JpaRepository<HealthCheckCase, Long> {

    Optional<HealthCheckCase> findByCaseNumber(String caseNumber);

    Optional<HealthCheckCase> findBySubmissionToken(String submissionToken);

    java.util.List<HealthCheckCase> findByFinishedAtBeforeAndAnonymisedAtIsNull(java.time.Instant cutoff);

    @Query("select c from HealthCheckCase c where (:status is null or c.status = :status)")
    Page<HealthCheckCase> findByStatus(@Param("status") CaseStatus status, Pageable pageable);
}
