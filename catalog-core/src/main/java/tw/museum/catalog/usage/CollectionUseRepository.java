package tw.museum.catalog.usage;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CollectionUseRepository extends JpaRepository<CollectionUse, Long> {

    @Query("select distinct u from CollectionUse u join u.artifactIds a where a = :artifactId")
    List<CollectionUse> findByArtifact(@Param("artifactId") long artifactId);

    List<CollectionUse> findAllByOrderByUsedFromDescIdDesc(Pageable page);
}
