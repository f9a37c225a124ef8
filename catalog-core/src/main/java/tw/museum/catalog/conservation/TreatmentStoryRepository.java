package tw.museum.catalog.conservation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TreatmentStoryRepository extends JpaRepository<TreatmentStory, Long> {

    @Query("select s from TreatmentStory s join fetch s.artifact order by s.updatedAt desc, s.id desc")
    List<TreatmentStory> findAllNewestFirst();

    /** Published stories of published objects, newest first: what the public may see. */
    @Query("select s from TreatmentStory s join fetch s.artifact a where s.status = tw.museum.catalog.conservation.StoryStatus.PUBLISHED"
            + " and a.status = tw.museum.catalog.artifact.ArtifactStatus.PUBLISHED order by s.publishedAt desc, s.id desc")
    List<TreatmentStory> findPublic();

    @Query("select s from TreatmentStory s where s.artifact.id = :artifactId order by s.id desc")
    List<TreatmentStory> findByArtifact(@Param("artifactId") long artifactId);
}
