package tw.museum.site.donation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.OutgoingMail;
import tw.museum.catalog.donation.DonationEvents;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.DonationView;

/** Emails the donor, in the offer's language, through the outbox: the offer received, and the committee's decision. */
@Component
public class DonationMailer {

    private final MailOutbox outbox;
    private final DonationService donations;
    private final MessageSource messages;

    public DonationMailer(MailOutbox outbox, DonationService donations, MessageSource messages) {
        this.outbox = outbox;
        this.donations = donations;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void submitted(DonationEvents.Submitted e) {
        DonationView offer = donations.get(e.number());
        Locale locale = locale(offer);
        send(offer, text("donations.mail.submitted.subject", locale, offer.number()),
                text("donations.mail.submitted.body", locale, offer.donor().name(), offer.number(), offer.objects().size()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void decided(DonationEvents.Decided e) {
        DonationView offer = donations.get(e.number());
        Locale locale = locale(offer);
        send(offer, text("donations.mail.decided.subject." + e.decision(), locale, offer.number()),
                text("donations.mail.decided.body." + e.decision(), locale, offer.donor().name(), offer.number()));
    }

    private void send(DonationView offer, String subject, String body) {
        outbox.enqueue(new OutgoingMail(offer.donor().email(), subject, body, "donation:" + offer.number()));
    }

    private static Locale locale(DonationView offer) {
        return "en".equals(offer.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
