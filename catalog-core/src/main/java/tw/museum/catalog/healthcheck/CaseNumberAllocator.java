package tw.museum.catalog.healthcheck;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers HC-<year>-<0001…> from a counter row per year in the database. The increment
 * runs in the caller's transaction: the row stays locked until it commits, so concurrent submissions on
 * any node wait for each other, and a submission that rolls back gives its number back (no gaps).
 */
@Component
class CaseNumberAllocator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    CaseNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        if (jdbc.update("UPDATE health_check_counter SET last_number = last_number + 1 WHERE counter_year = ?", year) == 0) {
            createCounter(year);
            jdbc.update("UPDATE health_check_counter SET last_number = last_number + 1 WHERE counter_year = ?", year);
        }
        Integer number = jdbc.queryForObject("SELECT last_number FROM health_check_counter WHERE counter_year = ?",
                Integer.class, year);
        return format(year, number);
    }

    static String format(int year, int number) {
        return "HC-%d-%04d".formatted(year, number);
    }

    /** The year's first submission creates its counter, in a transaction of its own; a concurrent twin may win. */
    private void createCounter(int year) {
        try {
            separateTransaction.executeWithoutResult(status ->
                    jdbc.update("INSERT INTO health_check_counter (counter_year, last_number) VALUES (?, 0)", year));
        } catch (DataIntegrityViolationException alreadyThere) {
            // another submission created it first; its row is what we increment
        }
    }
}
