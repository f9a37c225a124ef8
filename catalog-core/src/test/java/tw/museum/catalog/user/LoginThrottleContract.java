package tw.museum.catalog.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.support.MutableClockConfiguration;

/**
 * Sign-in throttling kept in the database, written once for H2 and PostgreSQL: two throttles over the same
 * database (two application nodes) count the same failures; the window ends the refusal; a success clears
 * its account; a guesser spreading over many accounts is stopped per client.
 */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = {"museum.security.login.max-failures-per-account=3",
        "museum.security.login.max-failures-per-client=5", "museum.security.login.window=PT15M"})
abstract class LoginThrottleContract extends CatalogTestBase {

    @Autowired LoginThrottle throttle;
    @Autowired LoginAttemptRepository attempts;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired PlatformTransactionManager transactions;

    /** Another node: its own throttle, the same database, in a transaction of its own. */
    private void onOtherNode(java.util.function.Consumer<LoginThrottle> work) {
        LoginThrottle other = new LoginThrottle(attempts, clock, Duration.ofMinutes(15), 3, 5);
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.accept(other));
    }

    @Test
    void failuresOnAnyNodeCountForEveryNodeUntilTheWindowHasPassed() {
        String user = unique("guessed").toLowerCase();
        String client = unique("client-a");
        throttle.recordFailure(user, client);
        onOtherNode(t -> t.recordFailure(user, client));
        assertThat(throttle.blocked(user, client)).isFalse();
        onOtherNode(t -> t.recordFailure(user.toUpperCase(), unique("client-b"))); // case and address do not matter
        assertThat(throttle.blocked(user, unique("client-c"))).isTrue();
        onOtherNode(t -> assertThat(t.blocked(user, client)).isTrue());

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blocked(user, client)).isFalse();
    }

    @Test
    void aSuccessClearsItsAccountButNotTheClient() {
        String user = unique("forgetful");
        String client = unique("client");
        throttle.recordFailure(user, client);
        throttle.recordFailure(user, client);
        throttle.recordSuccess(user);
        throttle.recordFailure(user, client);
        throttle.recordFailure(user, client);
        assertThat(throttle.blocked(user, unique("elsewhere"))).isFalse();
        throttle.recordFailure(unique("another"), client);
        assertThat(throttle.blocked(unique("anyone"), client)).as("five failures from one client").isTrue();
    }
}
