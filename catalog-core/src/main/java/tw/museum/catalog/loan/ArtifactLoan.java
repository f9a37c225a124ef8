package tw.museum.catalog.loan;

import java.time.LocalDate;

/** One loan in an artifact's loan history (staff only): where it went, when, and what was decided. */
public record ArtifactLoan(String loanNumber, String institution, String venue, String exhibitionTitle,
                           LoanStatus status, ObjectDecision decision, LocalDate periodFrom, LocalDate periodTo,
                           LocalDate departedOn, LocalDate returnedOn) {

    static ArtifactLoan of(LoanObject o) {
        Loan l = o.getLoan();
        return new ArtifactLoan(l.getLoanNumber(), l.getInstitution(), l.getVenue(), l.getExhibitionTitle(),
                l.getStatus(), o.getDecision(), l.getPeriodFrom(), l.getPeriodTo(), l.getDepartedOn(), l.getReturnedOn());
    }

    /** Out of the museum now: departed and not yet back. */
    public boolean out() {
        return status == LoanStatus.ON_LOAN && decision == ObjectDecision.APPROVED;
    }
}
