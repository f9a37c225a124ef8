package tw.museum.catalog.healthcheck;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessAttemptRepository extends JpaRepository<AccessAttempt, Long> {

    @Query("select count(a) from AccessAttempt a where a.caseNumber = :number and a.at > :since")
    long countForCase(@Param("number") String caseNumber, @Param("since") Instant since);

    @Query("select count(a) from AccessAttempt a where a.clientKey = :client and a.at > :since")
    long countForClient(@Param("client") String clientKey, @Param("since") Instant since);

    @Modifying
    @Query("delete from AccessAttempt a where a.at < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
