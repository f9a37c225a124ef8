package tw.museum.site.loan;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.OutgoingMail;
import tw.museum.catalog.loan.LoanEvents;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectDecision;

/**
 * Emails the borrower's contact, in the application's language: the application received, the review's
 * outcome, and the return-date reminders. Each mail is queued in the outbox in the transaction of its change
 * (a reminder with the row recording it), so it exists exactly when the change does.
 */
@Component
public class LoanMailer {

    private final MailOutbox outbox;
    private final LoanService loans;
    private final MessageSource messages;

    public LoanMailer(MailOutbox outbox, LoanService loans, MessageSource messages) {
        this.outbox = outbox;
        this.loans = loans;
        this.messages = messages;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void submitted(LoanEvents.Submitted e) {
        LoanView loan = loans.get(e.number());
        Locale locale = locale(loan);
        send(loan, text("loans.mail.submitted.subject", locale, loan.number()),
                text("loans.mail.submitted.body", locale, loan.borrower().institution(), loan.number(),
                        loan.exhibitionTitle(), loan.periodFrom(), loan.periodTo(), loan.objects().size()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
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

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
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
        outbox.enqueue(new OutgoingMail(loan.borrower().contactEmail(), subject, body, "loan:" + loan.number()));
    }

    private static Locale locale(LoanView loan) {
        return "en".equals(loan.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
