package tw.museum.site.healthcheck;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.healthcheck.CaseEvents;
import tw.museum.catalog.healthcheck.CaseView;
import tw.museum.catalog.healthcheck.HealthCheckMailerTopics;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.OutgoingMail;

/**
 * Tells the requester, by email in their language, about their new case, every status change and every
 * message from the museum. The mail goes into the outbox in the transaction of the change (just before it
 * commits), so it exists exactly when the change does; the outbox sender delivers it and retries while the
 * mail server is down.
 */
@Component
public class HealthCheckMailer {

    /** Topic of a case's mails in the outbox: "health-check:" and the case number. */
    public static final String TOPIC = "health-check:"; // HealthCheckMailerTopics.topic(number)

    private final MailOutbox outbox;
    private final HealthCheckService service;
    private final MessageSource messages;
    private final String caseUrl;

    public HealthCheckMailer(MailOutbox outbox, HealthCheckService service, MessageSource messages,
                             @Value("${museum.health-check.case-url}") String caseUrl) {
        this.outbox = outbox;
        this.service = service;
        this.messages = messages;
        this.caseUrl = caseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void submitted(CaseEvents.Submitted e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        send(c, text("hc.mail.submitted.subject", locale, e.number()),
                text("hc.mail.submitted.body", locale, e.number(), e.accessCode(), caseUrl));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void statusChanged(CaseEvents.StatusChanged e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        String status = text("hc.status." + e.status(), locale);
        String note = e.note() == null ? "" : text("hc.mail.status.note", locale, e.note());
        send(c, text("hc.mail.status.subject", locale, e.number(), status),
                text("hc.mail.status.body", locale, e.number(), status, note, caseUrl));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void museumMessage(CaseEvents.MuseumMessage e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        send(c, text("hc.mail.message.subject", locale, e.number()),
                text("hc.mail.message.body", locale, e.number(), e.body(), caseUrl));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void reportReissued(CaseEvents.ReportReissued e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        send(c, text("hc.mail.reissued.subject", locale, e.number(), e.reportNumber()),
                text("hc.mail.reissued.body", locale, e.number(), e.reportNumber(), caseUrl));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void paymentRecorded(CaseEvents.PaymentRecorded e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        // plain numbers: no digit grouping that reads differently in each language
        send(c, text("hc.mail.payment.subject", locale, e.number()),
                text("hc.mail.payment.body", locale, e.number(), String.valueOf(e.amount()),
                        String.valueOf(e.outstanding()), caseUrl));
    }

    private void send(CaseView c, String subject, String body) {
        outbox.enqueue(new OutgoingMail(c.requester().email(), subject, body, HealthCheckMailerTopics.topic(c.number())));
    }

    private static Locale locale(CaseView c) {
        return "en".equals(c.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
