package tw.museum.catalog.place;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlaceRepository extends JpaRepository<Place, Long> {

    @Query("""
            select p from Place p
            where lower(p.nameZh) like :q escape '\\' or lower(p.nameEn) like :q escape '\\'
            """)
    Page<Place> search(@Param("q") String likePattern, Pageable pageable);

    Optional<Place> findFirstByNameZh(String nameZh);
}
