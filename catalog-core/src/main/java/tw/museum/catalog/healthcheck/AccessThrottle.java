package tw.museum.catalog.healthcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of access codes: after too many failed tries within the window, for one case
 * number or from one client, every try is refused until the window has passed, right code or not.
 * The tries live in the database, so all application nodes count together.
 */
@Component
class AccessThrottle {

    private final AccessAttemptRepository attempts;
    private final Clock clock;
    private final Duration window;
    private final int maxPerCase;
    private final int maxPerClient;

    AccessThrottle(AccessAttemptRepository attempts, Clock clock,
                   @Value("${museum.health-check.access.window:PT15M}") Duration window,
                   @Value("${museum.health-check.access.max-failures-per-case:5}") int maxPerCase,
                   @Value("${museum.health-check.access.max-failures-per-client:20}") int maxPerClient) {
        this.attempts = attempts;
        this.clock = clock;
        this.window = window;
        this.maxPerCase = maxPerCase;
        this.maxPerClient = maxPerClient;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean blocked(String caseNumber, String clientKey) {
        Instant since = clock.instant().minus(window);
        return attempts.countForCase(caseNumber, since) >= maxPerCase
                || attempts.countForClient(clientKey, since) >= maxPerClient;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recordFailure(String caseNumber, String clientKey) {
        Instant now = clock.instant();
        attempts.deleteOlderThan(now.minus(window.multipliedBy(2)));
        attempts.save(new AccessAttempt(caseNumber, clientKey, now));
    }
}
