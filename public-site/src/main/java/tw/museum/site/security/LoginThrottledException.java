package tw.museum.site.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this client: refused until the window has passed. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(Duration window) {
        super("Too many failed sign-ins; try again in " + window.toMinutes() + " minutes");
    }
}
