package tw.museum.catalog.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail waiting in, or delivered from, the outbox. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    private String recipient;
    private String subject;
    private String body;
    private String topic;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.topic = mail.topic();
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        // the body may hold a secret (a case's access code): once delivered, only the record of it is kept
        body = "";
        attempts++;
        sentAt = now;
        claimedBy = null;
        claimedUntil = null;
        lastError = null;
    }

    void failed(String error, Instant nextAttempt, boolean permanent) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        status = permanent ? MailStatus.FAILED : MailStatus.PENDING;
        nextAttemptAt = nextAttempt;
        claimedBy = null;
        claimedUntil = null;
    }

    void retryNow(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    Long getId() {
        return id;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    int getAttempts() {
        return attempts;
    }

    MailStatus getStatus() {
        return status;
    }

    OutboxMailView view() {
        return new OutboxMailView(id, recipient, subject, body, topic, status, attempts, nextAttemptAt, lastError,
                createdAt, sentAt);
    }
}
