package tw.museum.catalog.deaccession;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeaccessionRepository extends JpaRepository<Deaccession, Long> {

    Optional<Deaccession> findByDeaccessionNumber(String number);

    @Query("select d from Deaccession d where (:status is null or d.status = :status)")
    Page<Deaccession> findByStatus(@Param("status") DeaccessionStatus status, Pageable pageable);

    @Query("select d from Deaccession d join d.objects a where a.id = :artifactId order by d.proposedAt desc, d.id desc")
    List<Deaccession> findByArtifact(@Param("artifactId") long artifactId);

    @Query("select d from Deaccession d join d.objects a where a.id = :artifactId and d.status in :statuses")
    List<Deaccession> findByArtifactAndStatusIn(@Param("artifactId") long artifactId,
                                                @Param("statuses") Collection<DeaccessionStatus> statuses);
}
