package tw.museum.site.loan;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.loan.LoanEvents;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectDecision;

/**
 * Emails the borrower's contact, in the application's language: the application received, the review's
 * outcome, and the return-date reminders. Sent once the change has committed.
 */
@Component
public class LoanMailer {

    private static final Logger log = LoggerFactory.getLogger(LoanMailer.class);

    private final JavaMailSender mail;
    private final LoanService loans;
    private final MessageSource messages;
    private final String from;

    public LoanMailer(JavaMailSender mail, LoanService loans, MessageSource messages,
                      @Value("${museum.mail.from}") String from) {
        this.mail = mail;
        this.loans = loans;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener
    public void submitted(LoanEvents.Submitted e) {
        LoanView loan = loans.get(e.number());
        Locale locale = locale(loan);
        send(loan, text("loans.mail.submitted.subject", locale, loan.number()),
                text("loans.mail.submitted.body", locale, loan.borrower().institution(), loan.number(),
                        loan.exhibitionTitle(), loan.periodFrom(), loan.periodTo(), loan.objects().size()));
    }

    @TransactionalEventListener
    public void reviewed(LoanEvents.Reviewed e) {
        LoanView loan = loans.get(e.number());
        Locale locale = locale(loan);
        String objects = loan.objects().stream().map(o -> "- " + o.objectNumber() + " "
                + (o.title().in(loan.language().equals("en") ? "en" : "zh")) + ": "
                + (o.decision() == ObjectDecision.APPROVED ? text("loans.decision.APPROVED", locale)
                : text("loans.decision.REFUSED", locale) + " (" + text("loans.reason." + o.refusalReason(), locale) + ")"))
                .collect(Collectors.joining("\n"));
        String conditions = loan.conditions() == null ? "" : text("loans.mail.reviewed.conditions", locale, loan.conditions());
        send(loan, text("loans.mail.reviewed.subject." + loan.status(), locale, loan.number()),
                text("loans.mail.reviewed.body." + loan.status(), locale, loan.number(), objects, conditions));
    }

    @TransactionalEventListener
    public void reminder(LoanEvents.Reminder e) {
        LoanView loan = loans.get(e.number());
        Locale locale = locale(loan);
        int days = Math.abs(e.offsetDays());
        String kind = e.offsetDays() < 0 ? "before" : e.offsetDays() == 0 ? "due" : "overdue";
        send(loan, text("loans.mail.reminder.subject." + kind, locale, loan.number(), days, loan.periodTo()),
                text("loans.mail.reminder.body." + kind, locale, loan.borrower().institution(), loan.number(),
                        loan.periodTo(), days, loan.approvedObjects().size()));
    }

    private void send(LoanView loan, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(loan.borrower().contactEmail());
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException ex) {
            log.warn("Could not email the borrower of loan {}: {}", loan.number(), ex.getMessage());
        }
    }

    private static Locale locale(LoanView loan) {
        return "en".equals(loan.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
