package tw.museum.site.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import tw.museum.catalog.user.LoginThrottle;

/**
 * Staff sign-in (the form and HTTP Basic alike) through the database-held {@link LoginThrottle}: while an
 * account or a client is throttled every attempt is refused before the password is even compared, right
 * or wrong; a failure is counted, a success clears its account.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String client = clientKey(attempt);
        if (throttle.blocked(username, client)) {
            throw new LoginThrottledException(throttle.window());
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.recordSuccess(username);
            return done;
        } catch (AuthenticationException failed) {
            throttle.recordFailure(username, client);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** A hash of the caller's address, so the attempts table holds no IP addresses. */
    private static String clientKey(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("login-client:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
