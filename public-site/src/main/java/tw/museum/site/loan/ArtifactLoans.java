package tw.museum.site.loan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.museum.catalog.loan.ArtifactLoan;
import tw.museum.catalog.loan.LoanService;

/**
 * An artifact's loans for the staff artifact page (bean "artifactLoans"): where it is while out ("on loan
 * to X") and its loan history. Institutions and dates only, no contact details or insurance values.
 */
@Component("artifactLoans")
public class ArtifactLoans {

    private final LoanService loans;

    public ArtifactLoans(LoanService loans) {
        this.loans = loans;
    }

    public Optional<ArtifactLoan> current(String objectNumber) {
        return loans.currentLoan(objectNumber);
    }

    public List<ArtifactLoan> history(String objectNumber) {
        return loans.history(objectNumber);
    }
}
