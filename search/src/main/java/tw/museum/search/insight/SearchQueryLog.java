package tw.museum.search.insight;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.search.SearchComponents;

/**
 * Counts the public's searches per month and query (table search_query_month), for staff: the most frequent
 * queries and those that found nothing. No personal data: no user, address, session or time within the month;
 * queries that look like an e-mail address or a telephone number are not counted at all. Counters live in the
 * database, so every node adds to the same ones.
 */
@Component
public class SearchQueryLog {
    public static final int MAX_QUERY_LENGTH = 200;
    /** A month keeps at most this many distinct queries: a flood of made-up queries cannot grow the table much. */
    static final int MAX_QUERIES_PER_MONTH = 50_000;
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern PHONE = Pattern.compile("(\\+?\\d[\\d \\-()]{6,}\\d)");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Logger log = LoggerFactory.getLogger(SearchQueryLog.class);

    private final JdbcClient jdbc;
    private final SearchComponents components;
    private final Clock clock;

    public SearchQueryLog(JdbcClient jdbc, SearchComponents components, Clock clock) {
        this.jdbc = jdbc;
        this.components = components;
        this.clock = clock;
    }

    /** One row of the report. */
    public record QueryCount(String query, long searches, long zeroHits) {
    }

    /** Counts one search by the public. Never fails the search it counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String query, long total) {
        String key = key(query);
        if (key == null) {
            return;
        }
        String month = YearMonth.now(clock.withZone(TAIPEI)).toString();
        long zero = total == 0 ? 1 : 0;
        try {
            if (increment(month, key, zero) == 0 && distinct(month) < MAX_QUERIES_PER_MONTH) {
                try {
                    jdbc.sql("INSERT INTO search_query_month (query_month, query_text, searches, zero_hits) VALUES (?, ?, 1, ?)")
                            .params(month, key, zero).update();
                } catch (DuplicateKeyException anotherNodeFirst) {
                    increment(month, key, zero);
                }
            }
        } catch (DataAccessException e) {
            log.warn("Could not count a search: {}", e.toString());
        }
    }

    @Transactional(readOnly = true)
    public List<String> months() {
        return jdbc.sql("SELECT DISTINCT query_month FROM search_query_month ORDER BY query_month DESC").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<QueryCount> mostFrequent(String month, int limit) {
        return jdbc.sql("SELECT query_text, searches, zero_hits FROM search_query_month WHERE query_month = ?"
                        + " ORDER BY searches DESC, query_text FETCH FIRST ? ROWS ONLY")
                .params(month, limit).query((rs, n) -> new QueryCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Transactional(readOnly = true)
    public List<QueryCount> foundNothing(String month, int limit) {
        return jdbc.sql("SELECT query_text, searches, zero_hits FROM search_query_month WHERE query_month = ? AND zero_hits > 0"
                        + " ORDER BY zero_hits DESC, query_text FETCH FIRST ? ROWS ONLY")
                .params(month, limit).query((rs, n) -> new QueryCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The query as counted: normalised like the index (so 臺灣 and 台灣 count together); null when not counted. */
    String key(String query) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH
                || EMAIL.matcher(query).find() || PHONE.matcher(query).find()) {
            return null;
        }
        String key = components.normalizer().normalize(query);
        return key.isEmpty() || key.length() > MAX_QUERY_LENGTH ? null : key;
    }

    private int increment(String month, String key, long zero) {
        return jdbc.sql("UPDATE search_query_month SET searches = searches + 1, zero_hits = zero_hits + ? WHERE query_month = ? AND query_text = ?")
                .params(zero, month, key).update();
    }

    private long distinct(String month) {
        return jdbc.sql("SELECT COUNT(*) FROM search_query_month WHERE query_month = ?").param(month).query(Long.class).single();
    }
}
