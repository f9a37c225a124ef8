package tw.museum.catalog.mail;

/**
 * A mail to send: one recipient, a subject and a plain-text body, already in the recipient's language.
 * {@code topic} says what it is about ("health-check:HC-2026-0042"), for staff looking at the outbox.
 */
public record OutgoingMail(String to, String subject, String body, String topic) {
}
