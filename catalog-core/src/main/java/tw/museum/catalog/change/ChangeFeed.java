package tw.museum.catalog.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.artifact.ArtifactChanged;

/**
 * The transactional outbox of the catalogue. Every {@link ArtifactChanged} is written to
 * {@code catalog_change} just before its transaction commits, so the row exists exactly when the change
 * does. Readers take rows in order and acknowledge them once their own copy is up to date; rows are
 * kept in the database, never in a process, so any node (or the same one after a crash) carries on.
 */
@Component
public class ChangeFeed {

    public static final String ARTIFACT = "artifact";
    /** People and organisations (key: agent id), terms (key: vocabulary/code), learning units (key: slug). */
    public static final String AGENT = "agent";
    public static final String TERM = "term";
    public static final String LEARNING_UNIT = "learning-unit";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ChangeFeed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(ArtifactChanged event) {
        record(ARTIFACT, event.objectNumber());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String recordType, String recordKey) {
        jdbc.sql("INSERT INTO catalog_change (record_type, record_key, changed_at) VALUES (?, ?, ?)")
                .params(recordType, recordKey, Timestamp.from(clock.instant()))
                .update();
    }

    /** The oldest changes not yet acknowledged, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PendingChange> pending(int limit) {
        return jdbc.sql("SELECT id, record_type, record_key FROM catalog_change ORDER BY id FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query((rs, n) -> new PendingChange(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Forgets changes that have been taken in. Acknowledging twice is harmless. */
    @Transactional
    public void acknowledge(List<PendingChange> changes) {
        if (!changes.isEmpty()) {
            jdbc.sql("DELETE FROM catalog_change WHERE id IN (:ids)")
                    .param("ids", changes.stream().map(PendingChange::id).toList())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_change").query(Long.class).single();
    }

    /** Changes of one record type not yet taken in. */
    @Transactional(readOnly = true)
    public long backlog(String recordType) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_change WHERE record_type = ?").param(recordType).query(Long.class).single();
    }
}
