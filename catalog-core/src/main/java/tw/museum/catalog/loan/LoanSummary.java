package tw.museum.catalog.loan;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the registrars' loan list; also what the audit trail keeps of a loan (no contact details). */
public record LoanSummary(String number, String institution, String exhibitionTitle, LoanStatus status,
                          LocalDate periodFrom, LocalDate periodTo, int objects, int approved,
                          LocalDate departedOn, LocalDate returnedOn, Instant createdAt) {

    static LoanSummary of(Loan l) {
        return new LoanSummary(l.getLoanNumber(), l.getInstitution(), l.getExhibitionTitle(), l.getStatus(),
                l.getPeriodFrom(), l.getPeriodTo(), l.getObjects().size(),
                (int) l.getObjects().stream().filter(o -> o.getDecision() == ObjectDecision.APPROVED).count(),
                l.getDepartedOn(), l.getReturnedOn(), l.getCreatedAt());
    }
}
