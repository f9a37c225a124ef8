package tw.museum.site.donation;

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
import tw.museum.catalog.donation.DonationEvents;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.DonationView;

/** Emails the donor, in the offer's language: the offer received, and the committee's decision. */
@Component
public class DonationMailer {

    private static final Logger log = LoggerFactory.getLogger(DonationMailer.class);

    private final JavaMailSender mail;
    private final DonationService donations;
    private final MessageSource messages;
    private final String from;

    public DonationMailer(JavaMailSender mail, DonationService donations, MessageSource messages,
                          @Value("${museum.mail.from}") String from) {
        this.mail = mail;
        this.donations = donations;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener
    public void submitted(DonationEvents.Submitted e) {
        DonationView offer = donations.get(e.number());
        Locale locale = locale(offer);
        send(offer, text("donations.mail.submitted.subject", locale, offer.number()),
                text("donations.mail.submitted.body", locale, offer.donor().name(), offer.number(), offer.objects().size()));
    }

    @TransactionalEventListener
    public void decided(DonationEvents.Decided e) {
        DonationView offer = donations.get(e.number());
        Locale locale = locale(offer);
        send(offer, text("donations.mail.decided.subject." + e.decision(), locale, offer.number()),
                text("donations.mail.decided.body." + e.decision(), locale, offer.donor().name(), offer.number()));
    }

    private void send(DonationView offer, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(offer.donor().email());
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException ex) {
            log.warn("Could not email the donor of offer {}: {}", offer.number(), ex.getMessage());
        }
    }

    private static Locale locale(DonationView offer) {
        return "en".equals(offer.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
