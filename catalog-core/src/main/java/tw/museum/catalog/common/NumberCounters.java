package tw.museum.catalog.common;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next number of a named counter (one per kind and year, e.g. "loan:2026") from a row in
 * the database. The increment runs in the caller's transaction: the row stays locked until it commits,
 * so concurrent callers on any node wait for each other, and a caller that rolls back gives its number back.
 */
@Component
public class NumberCounters {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    public NumberCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String key) {
        if (increment(key) == 0) {
            createCounter(key);
            increment(key);
        }
        return jdbc.queryForObject("SELECT last_number FROM numbering_counter WHERE counter_key = ?", Integer.class, key);
    }

    private int increment(String key) {
        return jdbc.update("UPDATE numbering_counter SET last_number = last_number + 1 WHERE counter_key = ?", key);
    }

    /** A key's first use creates its row in a transaction of its own; a concurrent twin may win. */
    private void createCounter(String key) {
        try {
            separateTransaction.executeWithoutResult(status ->
                    jdbc.update("INSERT INTO numbering_counter (counter_key, last_number) VALUES (?, 0)", key));
        } catch (DataIntegrityViolationException alreadyThere) {
            // another caller created it first; its row is what we increment
        }
    }
}
