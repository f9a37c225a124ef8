package tw.museum.catalog.healthcheck;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReportRepository extends JpaRepository<CaseReport, Long> {

    List<CaseReport> findByCaseIdOrderByVersionNoDesc(long caseId);

    Optional<CaseReport> findFirstByCaseIdOrderByVersionNoDesc(long caseId);

    Optional<CaseReport> findByCaseIdAndVersionNo(long caseId, int versionNo);
}
