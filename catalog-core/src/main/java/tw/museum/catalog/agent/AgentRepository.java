package tw.museum.catalog.agent;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgentRepository extends JpaRepository<Agent, Long> {

    Optional<Agent> findByExternalId(String externalId);

    @Query("""
            select a from Agent a
            where lower(a.nameZh) like :q escape '\\' or lower(a.nameEn) like :q escape '\\'
               or lower(a.sortName) like :q escape '\\'
            """)
    Page<Agent> search(@Param("q") String likePattern, Pageable pageable);
}
