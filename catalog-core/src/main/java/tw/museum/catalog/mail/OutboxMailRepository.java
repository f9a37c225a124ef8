package tw.museum.catalog.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = tw.museum.catalog.mail.MailStatus.PENDING"
            + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
            + " order by m.nextAttemptAt, m.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /** Takes one due mail for a sender; 1 when this sender got it, 0 when another was first. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxMail m set m.claimedBy = :node, m.claimedUntil = :until where m.id = :id"
            + " and m.status = tw.museum.catalog.mail.MailStatus.PENDING and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(@Param("id") long id, @Param("node") String node, @Param("now") Instant now,
              @Param("until") Instant until);

    List<OutboxMail> findByStatusOrderByCreatedAtDesc(MailStatus status, Pageable page);

    long countByStatus(MailStatus status);

    List<OutboxMail> findByTopicOrderByCreatedAtAsc(String topic);

    @Modifying
    @Query("delete from OutboxMail m where m.topic = :topic")
    int deleteByTopic(@Param("topic") String topic);

    @Modifying
    @Query("delete from OutboxMail m where m.status = tw.museum.catalog.mail.MailStatus.SENT and m.sentAt < :before")
    int deleteSentBefore(@Param("before") Instant before);
}
