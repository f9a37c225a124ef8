package tw.museum.catalog.media;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import tw.museum.catalog.artifact.Artifact;

public interface MediaRepository extends JpaRepository<Media, Long> {

    List<Media> findByArtifactOrderByPositionAscIdAsc(Artifact artifact);

    List<Media> findByArtifactIdInOrderByPositionAscIdAsc(Collection<Long> artifactIds);

    long countByKind(MediaKind kind);
}
