package tw.museum.catalog.location;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LocationRepository extends JpaRepository<Location, Long> {

    Optional<Location> findByCode(String code);

    boolean existsByCode(String code);

    List<Location> findByParentIsNullOrderByCode();

    List<Location> findByParentIdOrderByCode(Long parentId);

    List<Location> findByIdIn(Collection<Long> ids);

    @Query("""
            select l from Location l
            where lower(l.code) like :q escape '\\' or lower(l.nameZh) like :q escape '\\'
               or lower(l.nameEn) like :q escape '\\'
            """)
    Page<Location> search(@Param("q") String likePattern, Pageable pageable);

    @Query("select l from Location l where l.path like :prefix order by l.path")
    List<Location> findSubtree(@Param("prefix") String pathPrefix);
}
