package tw.museum.catalog.artifact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArtifactRepository extends JpaRepository<Artifact, Long>, JpaSpecificationExecutor<Artifact> {

    Optional<Artifact> findByObjectNumber(String objectNumber);

    boolean existsByObjectNumber(String objectNumber);

    long countByStatus(ArtifactStatus status);

    @Query("select a.objectNumber, a.version from Artifact a where a.objectNumber in :numbers")
    List<Object[]> versionsOf(@Param("numbers") Collection<String> numbers);
}
