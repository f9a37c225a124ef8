package tw.museum.site.healthcheck;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.healthcheck.CaseEvents;
import tw.museum.catalog.healthcheck.CaseView;
import tw.museum.catalog.healthcheck.HealthCheckService;

/**
 * Tells the requester, by email in their language, about their new case, every status change and every
 * message from the museum. Sent only once the change has committed, so no email announces a change that
 * was rolled back. A failing mail server is logged and does not undo the change.
 */
@Component
public class HealthCheckMailer {

    private static final Logger log = LoggerFactory.getLogger(HealthCheckMailer.class);

    private final JavaMailSender mail;
    private final HealthCheckService service;
    private final MessageSource messages;
    private final String from;
    private final String caseUrl;

    public HealthCheckMailer(JavaMailSender mail, HealthCheckService service, MessageSource messages,
                             @Value("${museum.mail.from}") String from,
                             @Value("${museum.health-check.case-url}") String caseUrl) {
        this.mail = mail;
        this.service = service;
        this.messages = messages;
        this.from = from;
        this.caseUrl = caseUrl;
    }

    @TransactionalEventListener
    public void submitted(CaseEvents.Submitted e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        send(c, text("hc.mail.submitted.subject", locale, e.number()),
                text("hc.mail.submitted.body", locale, e.number(), e.accessCode(), caseUrl));
    }

    @TransactionalEventListener
    public void statusChanged(CaseEvents.StatusChanged e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        String status = text("hc.status." + e.status(), locale);
        String note = e.note() == null ? "" : text("hc.mail.status.note", locale, e.note());
        send(c, text("hc.mail.status.subject", locale, e.number(), status),
                text("hc.mail.status.body", locale, e.number(), status, note, caseUrl));
    }

    @TransactionalEventListener
    public void museumMessage(CaseEvents.MuseumMessage e) {
        CaseView c = service.get(e.number());
        Locale locale = locale(c);
        send(c, text("hc.mail.message.subject", locale, e.number()),
                text("hc.mail.message.body", locale, e.number(), e.body(), caseUrl));
    }

    private void send(CaseView c, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(c.requester().email());
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException ex) {
            // the case is safe in the database; the requester still sees everything on the case page
            log.warn("Could not email the requester of health-check case {}: {}", c.number(), ex.getMessage());
        }
    }

    private static Locale locale(CaseView c) {
        return "en".equals(c.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
