package tw.museum.catalog.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LearningUnitRepository extends JpaRepository<LearningUnit, Long> {

    Optional<LearningUnit> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<LearningUnit> findAllByOrderBySlug();

    @Query("select u from LearningUnit u where u.publishAt <= :now order by u.publishAt desc, u.id desc")
    List<LearningUnit> findPublished(@Param("now") Instant now);

    @Query("select distinct u from LearningUnit u join u.items i where i.artifactId = :artifactId and u.publishAt <= :now")
    List<LearningUnit> findPublishedContaining(@Param("artifactId") long artifactId, @Param("now") Instant now);

    @Query("select distinct u from LearningUnit u join u.items i where i.artifactId = :artifactId")
    List<LearningUnit> findContaining(@Param("artifactId") long artifactId);
}
