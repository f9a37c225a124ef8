package tw.museum.catalog.artifact;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ArtifactRepository extends JpaRepository<Artifact, Long>, JpaSpecificationExecutor<Artifact> {

    Optional<Artifact> findByObjectNumber(String objectNumber);

    boolean existsByObjectNumber(String objectNumber);

    long countByStatus(ArtifactStatus status);
}
