package tw.museum.catalog.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds borrowers of the return date: on the configured days before it, on the day and after it while the
 * objects are still out. Each reminder is recorded in the database in the transaction that queues its email,
 * under a unique (loan, day) key: when two nodes run the job at once, one of them wins and the other's
 * transaction rolls back, so no reminder goes out twice. A run that was missed (a node down for a few days)
 * sends only the latest reminder due, not a backlog.
 */
@Component
public class LoanReminderJob {

    private static final Logger log = LoggerFactory.getLogger(LoanReminderJob.class);

    private final LoanRepository loans;
    private final LoanReminderRepository reminders;
    private final LoanProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perLoan;
    private final Clock clock;

    public LoanReminderJob(LoanRepository loans, LoanReminderRepository reminders, LoanProperties properties,
                           ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.loans = loans;
        this.reminders = reminders;
        this.properties = properties;
        this.events = events;
        this.perLoan = new TransactionTemplate(transactions);
        this.perLoan.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs daily (museum.loans.reminder-schedule); returns how many reminders this run sent. */
    @Scheduled(cron = "${museum.loans.reminder-schedule:0 0 9 * * *}", zone = "Asia/Taipei")
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LoanService.MUSEUM_ZONE);
        List<Long> out = perLoan.execute(s -> loans.findByStatusOrderByPeriodToAscIdAsc(LoanStatus.ON_LOAN)
                .stream().map(Loan::getId).toList());
        int sent = 0;
        for (Long id : out) {
            try {
                if (Boolean.TRUE.equals(perLoan.execute(s -> remind(id, today)))) {
                    sent++;
                }
            } catch (DataIntegrityViolationException otherNode) {
                // another node recorded this reminder first; it sends it
            }
        }
        return sent;
    }

    private boolean remind(long loanId, LocalDate today) {
        Loan loan = loans.findById(loanId).orElse(null);
        if (loan == null || loan.getStatus() != LoanStatus.ON_LOAN) {
            return false;
        }
        Optional<Integer> due = latestDue(loan.getPeriodTo(), today);
        if (due.isEmpty() || reminders.existsByLoanIdAndOffsetDays(loanId, due.get())) {
            return false;
        }
        reminders.saveAndFlush(new LoanReminder(loanId, due.get(), clock.instant()));
        events.publishEvent(new LoanEvents.Reminder(loan.getLoanNumber(), due.get()));
        log.info("Loan {}: reminder for day {} of the return date", loan.getLoanNumber(), due.get());
        return true;
    }

    /** The last reminder day reached by today, if any. */
    Optional<Integer> latestDue(LocalDate returnDate, LocalDate today) {
        Integer latest = null;
        for (int offset : properties.reminderDays()) {
            if (!returnDate.plusDays(offset).isAfter(today)) {
                latest = offset;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The reminder days already sent for a loan, for staff to see. */
    public List<Integer> sent(long loanId) {
        return reminders.findByLoanIdOrderByOffsetDays(loanId).stream().map(LoanReminder::getOffsetDays).toList();
    }
}
