package tw.museum.catalog.exhibition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExhibitionRepository extends JpaRepository<Exhibition, Long> {

    Optional<Exhibition> findByNumber(String number);

    List<Exhibition> findAllByOrderByOpensOnDescIdDesc();

    @Query("select e from Exhibition e where e.publishedAt is not null order by e.opensOn desc, e.id desc")
    List<Exhibition> findPublished();

    @Query("select o from ExhibitionObject o join fetch o.exhibition e where o.artifact.id = :artifactId"
            + " order by e.opensOn desc, e.id desc")
    List<ExhibitionObject> findByArtifact(@Param("artifactId") long artifactId);

    /** Objects on display now (installed, not back) in exhibitions other than {@code exhibitionId}. */
    @Query("select o from ExhibitionObject o join fetch o.exhibition e where o.artifact.id in :artifactIds"
            + " and o.installedAt is not null and o.returnedAt is null and e.id <> :exhibitionId")
    List<ExhibitionObject> findOnDisplayElsewhere(@Param("artifactIds") Collection<Long> artifactIds,
                                                  @Param("exhibitionId") long exhibitionId);
}
