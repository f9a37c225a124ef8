package tw.museum.catalog.mail;

import java.time.Instant;

/** A mail of the outbox as staff see it, and as the sender gets it to deliver. */
public record OutboxMailView(long id, String to, String subject, String body, String topic, MailStatus status,
                             int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                             Instant sentAt) {
}
