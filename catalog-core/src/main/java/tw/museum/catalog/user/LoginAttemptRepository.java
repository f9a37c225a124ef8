package tw.museum.catalog.user;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    @Query("select count(a) from LoginAttempt a where a.username = :username and a.at > :since")
    long countForUser(@Param("username") String username, @Param("since") Instant since);

    @Query("select count(a) from LoginAttempt a where a.clientKey = :client and a.at > :since")
    long countForClient(@Param("client") String clientKey, @Param("since") Instant since);

    /** The account's failures stop counting for it; they still count for the clients that made them. */
    @Modifying
    @Query("update LoginAttempt a set a.username = '' where a.username = :username")
    int clearForUser(@Param("username") String username);

    @Modifying
    @Query("delete from LoginAttempt a where a.at < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
