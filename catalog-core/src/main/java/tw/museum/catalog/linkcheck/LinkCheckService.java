package tw.museum.catalog.linkcheck;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broken-link check (定期無效連結檢測): every external link stored in artifact records and learning
 * units, checked over HTTP, the outcome kept in the database for the staff page. Whichever node finds
 * the check due takes it ({@link JobLock}); the others skip it.
 */
@Service
public class LinkCheckService {

    public static final String JOB = "link-check";
    private static final String SEPARATOR = " ";

    private final JdbcTemplate jdbc;
    private final JobLock lock;
    private final LinkChecker checker;
    private final LinkCheckProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Names this node in the lock row, for whoever reads it. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public LinkCheckService(JdbcTemplate jdbc, JobLock lock, LinkChecker checker, LinkCheckProperties properties,
                            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.checker = checker;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the check when it is due and no other node is running it; true when it ran here. */
    public boolean runIfDue() {
        return run(false);
    }

    /** Runs the check now (staff asked), unless another node is running it; true when it ran here. */
    public boolean runNow() {
        return run(true);
    }

    private boolean run(boolean force) {
        if (!lock.tryAcquire(JOB, owner, clock.instant(), properties.lease(), properties.interval(), force)) {
            return false;
        }
        try {
            List<LinkResult> results = checker.check(links());
            transactions.executeWithoutResult(status -> store(results));
            lock.finish(JOB, owner, clock.instant());
            return true;
        } catch (RuntimeException e) {
            lock.release(JOB, owner);
            throw e;
        }
    }

    /** Every distinct external URL, with the records that link to it. */
    Map<String, List<String>> links() {
        Map<String, List<String>> byUrl = new TreeMap<>();
        jdbc.query("SELECT l.url, a.object_number FROM artifact_link l JOIN artifact a ON a.id = l.artifact_id", rs -> {
            add(byUrl, rs.getString(1), LinkResult.ARTIFACT + rs.getString(2));
        });
        jdbc.query("SELECT r.url, u.slug FROM learning_unit_reference r JOIN learning_unit u ON u.id = r.unit_id"
                + " WHERE r.url IS NOT NULL", rs -> {
            add(byUrl, rs.getString(1), LinkResult.LEARNING_UNIT + rs.getString(2));
        });
        return byUrl;
    }

    private static void add(Map<String, List<String>> byUrl, String url, String source) {
        if (url == null || url.isBlank()) {
            return;
        }
        List<String> sources = byUrl.computeIfAbsent(url.strip(), u -> new java.util.ArrayList<>());
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    private void store(List<LinkResult> results) {
        jdbc.update("DELETE FROM link_check_result");
        jdbc.batchUpdate("INSERT INTO link_check_result (url, ok, http_status, problem, sources, checked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", results, 100, (ps, r) -> {
            ps.setString(1, r.url());
            ps.setBoolean(2, r.ok());
            ps.setObject(3, r.httpStatus());
            ps.setString(4, r.problem());
            String sources = String.join(SEPARATOR, r.sources());
            ps.setString(5, sources.length() <= 4000 ? sources : sources.substring(0, sources.lastIndexOf(SEPARATOR, 4000)));
            ps.setTimestamp(6, Timestamp.from(r.checkedAt()));
        });
    }

    /** The links found broken on the last run, by URL. */
    public List<LinkResult> broken() {
        return jdbc.query("SELECT url, ok, http_status, problem, sources, checked_at FROM link_check_result"
                + " WHERE ok = FALSE ORDER BY url", (rs, n) -> new LinkResult(rs.getString(1), rs.getBoolean(2),
                (Integer) rs.getObject(3), rs.getString(4), Arrays.asList(rs.getString(5).split(SEPARATOR)),
                rs.getTimestamp(6).toInstant()));
    }

    /** How many distinct links the last run checked. */
    public long checkedCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM link_check_result", Long.class);
        return n == null ? 0 : n;
    }

    public Optional<Instant> lastRun() {
        return lock.lastRun(JOB);
    }
}
