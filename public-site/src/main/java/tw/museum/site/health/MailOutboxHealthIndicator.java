package tw.museum.site.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.MailStatus;

/** How many mails wait and how many were given up; up either way (the site works without mail). */
@Component("mailOutboxHealthIndicator")
public class MailOutboxHealthIndicator implements HealthIndicator {

    private final MailOutbox outbox;

    public MailOutboxHealthIndicator(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("pending", outbox.count(MailStatus.PENDING))
                .withDetail("failed", outbox.count(MailStatus.FAILED)).build();
    }
}
