package tw.museum.site.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.MailStatus;
import tw.museum.catalog.mail.OutboxMailView;

/**
 * Delivers the outbox: every {@code museum.mail.outbox.poll-interval} it claims the due mails for this
 * node and hands them to the SMTP relay, one by one, outside any transaction (a slow relay holds no lock).
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final MailOutbox outbox;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    /** Names this node's claims; a fresh one per process, so a restarted node never takes over a stale claim. */
    private final String node = "node-" + UUID.randomUUID();

    public OutboxSender(MailOutbox outbox, JavaMailSender mail, Clock clock,
                        @Value("${museum.mail.from}") String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${museum.mail.outbox.poll-interval:5s}",
            initialDelayString = "${museum.mail.outbox.poll-interval:5s}")
    public void deliver() {
        int delivered;
        do {
            delivered = deliverDue(clock.instant());
        } while (delivered == BATCH);
    }

    /** Delivers what is due at {@code now}; returns how many mails were claimed. */
    public int deliverDue(Instant now) {
        var claimed = outbox.claim(node, BATCH, now);
        for (OutboxMailView m : claimed) {
            try {
                mail.send(message(m));
                outbox.sent(m.id(), node);
            } catch (MailException e) {
                MailStatus left = outbox.failed(m.id(), node, e.getMessage(), clock.instant());
                if (left == MailStatus.FAILED) {
                    log.error("Gave up mail {} ({}) after {} attempts: {}", m.id(), m.topic(), m.attempts() + 1,
                            e.getMessage());
                } else {
                    log.warn("Mail {} ({}) not delivered, will retry: {}", m.id(), m.topic(), e.getMessage());
                }
            }
        }
        return claimed.size();
    }

    @Scheduled(cron = "${museum.mail.outbox.purge-schedule:0 15 4 * * *}")
    public void purge() {
        outbox.purgeSent();
    }

    private SimpleMailMessage message(OutboxMailView m) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(m.to());
        message.setSubject(m.subject());
        message.setText(m.body());
        return message;
    }
}
