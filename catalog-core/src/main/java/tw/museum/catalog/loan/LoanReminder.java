package tw.museum.catalog.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder that went out; its unique (loan, offset) key is what makes each go out once on any node. */
@Entity
@Table(name = "loan_reminder")
class LoanReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_reminder_seq")
    @SequenceGenerator(name = "loan_reminder_seq", sequenceName = "loan_reminder_seq", allocationSize = 50)
    private Long id;

    private long loanId;
    private int offsetDays;
    private Instant sentAt;

    protected LoanReminder() {
    }

    LoanReminder(long loanId, int offsetDays, Instant sentAt) {
        this.loanId = loanId;
        this.offsetDays = offsetDays;
        this.sentAt = sentAt;
    }

    int getOffsetDays() {
        return offsetDays;
    }
}
