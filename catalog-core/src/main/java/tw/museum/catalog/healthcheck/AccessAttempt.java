package tw.museum.catalog.healthcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed try at a case's access code, kept for a while to slow down guessing. */
@Entity
@Table(name = "health_check_attempt")
public class AccessAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_attempt_seq")
    @SequenceGenerator(name = "health_check_attempt_seq", sequenceName = "health_check_attempt_seq", allocationSize = 50)
    private Long id;

    private String caseNumber;
    private String clientKey;
    private Instant at;

    protected AccessAttempt() {
    }

    AccessAttempt(String caseNumber, String clientKey, Instant at) {
        this.caseNumber = caseNumber;
        this.clientKey = clientKey;
        this.at = at;
    }
}
