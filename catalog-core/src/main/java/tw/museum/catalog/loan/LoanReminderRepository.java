package tw.museum.catalog.loan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanReminderRepository extends JpaRepository<LoanReminder, Long> {

    boolean existsByLoanIdAndOffsetDays(long loanId, int offsetDays);

    List<LoanReminder> findByLoanIdOrderByOffsetDays(long loanId);
}
