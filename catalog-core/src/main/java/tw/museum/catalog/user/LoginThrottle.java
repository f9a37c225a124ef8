package tw.museum.catalog.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing against staff accounts: after too many failed sign-ins within the window,
 * for one account or from one client, every sign-in is refused until the window has passed, right
 * password or not. A successful sign-in clears its account's failures (they still count for their client). The failures live in the database,
 * so every application node counts together and a restart forgets nothing.
 */
@Service
public class LoginThrottle {

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final Duration window;
    private final int maxPerAccount;
    private final int maxPerClient;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock,
                  @Value("${museum.security.login.window:PT15M}") Duration window,
                  @Value("${museum.security.login.max-failures-per-account:10}") int maxPerAccount,
                  @Value("${museum.security.login.max-failures-per-client:50}") int maxPerClient) {
        this.attempts = attempts;
        this.clock = clock;
        this.window = window;
        this.maxPerAccount = maxPerAccount;
        this.maxPerClient = maxPerClient;
    }

    /** How long sign-ins stay refused after the limit is reached. */
    public Duration window() {
        return window;
    }

    @Transactional(readOnly = true)
    public boolean blocked(String username, String clientKey) {
        Instant since = clock.instant().minus(window);
        return attempts.countForUser(key(username), since) >= maxPerAccount
                || attempts.countForClient(clientKey, since) >= maxPerClient;
    }

    /** Recorded in a transaction of its own: the failed sign-in itself changes nothing else. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String clientKey) {
        Instant now = clock.instant();
        attempts.deleteOlderThan(now.minus(window.multipliedBy(2)));
        attempts.save(new LoginAttempt(key(username), clientKey, now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        attempts.clearForUser(key(username));
    }

    /** Usernames are compared as typed, lower-cased and cut to the column (a guesser may type anything). */
    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() <= 100 ? k : k.substring(0, 100);
    }
}
