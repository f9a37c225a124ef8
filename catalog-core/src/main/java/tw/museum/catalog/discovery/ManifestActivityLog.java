package tw.museum.catalog.discovery;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.artifact.ArtifactChanged;
import tw.museum.catalog.artifact.ArtifactStatus;

/**
 * Keeps the history of public manifests ({@code iiif_manifest_activity}) in step with the catalogue, in the
 * transaction of each change: a manifest appears (Create) when its artifact becomes public with an image,
 * changes (Update) while it stays public, and disappears (Delete) when the record leaves the public side for
 * any reason (withdrawn, back to draft, deaccessioned, last image removed). Drafts never appear. The state is
 * read from the database under a row lock on the artifact, so two nodes changing one record write a
 * consistent sequence.
 */
@Component
public class ManifestActivityLog {

    private static final RowMapper<ManifestActivity> ROW = (rs, n) -> new ManifestActivity(rs.getLong(1),
            rs.getString(2), ActivityType.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant());

    private final JdbcClient jdbc;
    private final EntityManager entities;
    private final Clock clock;

    public ManifestActivityLog(JdbcClient jdbc, EntityManager entities, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(ArtifactChanged event) {
        entities.flush(); // the change may still sit in the persistence context
        String number = event.objectNumber();
        Optional<String> status = jdbc.sql("SELECT status FROM artifact WHERE object_number = ? FOR UPDATE")
                .param(number).query(String.class).optional();
        boolean manifestExists = status.filter(ArtifactStatus.PUBLISHED.name()::equals).isPresent()
                && jdbc.sql("SELECT COUNT(*) FROM media m JOIN artifact a ON a.id = m.artifact_id"
                        + " WHERE a.object_number = ? AND m.kind = 'IMAGE' AND m.width > 0 AND m.height > 0")
                .param(number).query(Long.class).single() > 0;
        boolean existed = last(number).filter(t -> t != ActivityType.DELETE).isPresent();
        if (manifestExists) {
            append(number, existed ? ActivityType.UPDATE : ActivityType.CREATE);
        } else if (existed) {
            append(number, ActivityType.DELETE);
        }
    }

    private Optional<ActivityType> last(String objectNumber) {
        return jdbc.sql("SELECT activity_type FROM iiif_manifest_activity WHERE object_number = ?"
                        + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(objectNumber).query(String.class).optional().map(ActivityType::valueOf);
    }

    private void append(String objectNumber, ActivityType type) {
        jdbc.sql("INSERT INTO iiif_manifest_activity (object_number, activity_type, end_time) VALUES (?, ?, ?)")
                .params(objectNumber, type.name(), Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM iiif_manifest_activity").query(Long.class).single();
    }

    /** Activities in the order they happened, {@code offset} from the oldest. */
    @Transactional(readOnly = true)
    public List<ManifestActivity> slice(long offset, int limit) {
        return jdbc.sql("SELECT id, object_number, activity_type, end_time FROM iiif_manifest_activity"
                        + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, limit)
                .query(ROW)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ManifestActivity> find(long id) {
        return jdbc.sql("SELECT id, object_number, activity_type, end_time FROM iiif_manifest_activity WHERE id = ?")
                .param(id).query(ROW).optional();
    }

    /** The history of one manifest, oldest first. */
    @Transactional(readOnly = true)
    public List<ManifestActivity> of(String objectNumber) {
        return jdbc.sql("SELECT id, object_number, activity_type, end_time FROM iiif_manifest_activity"
                        + " WHERE object_number = ? ORDER BY id")
                .param(objectNumber)
                .query(ROW)
                .list();
    }
}
