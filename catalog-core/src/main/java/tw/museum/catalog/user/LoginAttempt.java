package tw.museum.catalog.user;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed staff sign-in, kept for a while to slow down password guessing. */
@Entity
@Table(name = "staff_login_attempt")
class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_login_attempt_seq")
    @SequenceGenerator(name = "staff_login_attempt_seq", sequenceName = "staff_login_attempt_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String clientKey;
    private Instant at;

    protected LoginAttempt() {
    }

    LoginAttempt(String username, String clientKey, Instant at) {
        this.username = username;
        this.clientKey = clientKey;
        this.at = at;
    }
}
