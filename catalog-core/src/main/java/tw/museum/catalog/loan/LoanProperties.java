package tw.museum.catalog.loan;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Loan settings: the consent text version borrowers agree to, and the reminder days relative to the
 * return date (negative before it, 0 on the day, positive when overdue).
 */
@ConfigurationProperties("museum.loans")
public record LoanProperties(String consentVersion, List<Integer> reminderDays) {

    public LoanProperties {
        consentVersion = consentVersion == null ? "2026-1" : consentVersion;
        reminderDays = reminderDays == null || reminderDays.isEmpty() ? List.of(-30, -7, 0, 7, 30)
                : reminderDays.stream().sorted().distinct().toList();
    }
}
