package tw.museum.catalog.linkcheck;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A scheduled job held by one node at a time, through its row in {@code scheduled_job}: taking it is a
 * single conditional UPDATE, so of several nodes trying at once exactly one succeeds. A node that dies
 * holding it loses it when its lease runs out.
 */
@Component
public class JobLock {

    private final JdbcTemplate jdbc;

    public JobLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the job for {@code owner} until {@code now + lease} if nobody holds it and, unless {@code force},
     * it last finished at least {@code interval} ago.
     */
    public boolean tryAcquire(String job, String owner, Instant now, Duration lease, Duration interval, boolean force) {
        Timestamp dueBefore = Timestamp.from(force ? now : now.minus(interval));
        return jdbc.update("UPDATE scheduled_job SET locked_by = ?, locked_until = ? WHERE name = ?"
                        + " AND (locked_until IS NULL OR locked_until < ?) AND (last_run_at IS NULL OR last_run_at <= ?)",
                owner, Timestamp.from(now.plus(lease)), job, Timestamp.from(now), dueBefore) == 1;
    }

    /** Gives the job back and records that it ran. */
    public void finish(String job, String owner, Instant now) {
        jdbc.update("UPDATE scheduled_job SET locked_by = NULL, locked_until = NULL, last_run_at = ?"
                + " WHERE name = ? AND locked_by = ?", Timestamp.from(now), job, owner);
    }

    /** Gives the job back without recording a run (it failed). */
    public void release(String job, String owner) {
        jdbc.update("UPDATE scheduled_job SET locked_by = NULL, locked_until = NULL WHERE name = ? AND locked_by = ?",
                job, owner);
    }

    public Optional<Instant> lastRun(String job) {
        return jdbc.query("SELECT last_run_at FROM scheduled_job WHERE name = ?",
                        (rs, n) -> rs.getTimestamp(1), job).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }
}
