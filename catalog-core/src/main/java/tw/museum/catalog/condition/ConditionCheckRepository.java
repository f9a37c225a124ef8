package tw.museum.catalog.condition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConditionCheckRepository extends JpaRepository<ConditionCheck, Long> {

    @Query("select c from ConditionCheck c where c.artifact.objectNumber = :objectNumber"
            + " order by c.examinedAt desc, c.id desc")
    List<ConditionCheck> forArtifact(@Param("objectNumber") String objectNumber);

    @Query("select c from ConditionCheck c where c.caseId = :caseId order by c.caseObjectNo, c.examinedAt desc, c.id desc")
    List<ConditionCheck> forCase(@Param("caseId") long caseId);
}
