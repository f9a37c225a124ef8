package tw.museum.catalog.loan;

/** What happened to a loan, for the borrower's emails. Published inside the changing transaction. */
public final class LoanEvents {

    private LoanEvents() {
    }

    public record Submitted(String number) {
    }

    public record Reviewed(String number, LoanStatus outcome) {
    }

    /** A reminder of the return date; {@code offsetDays} is negative before it, positive when overdue. */
    public record Reminder(String number, int offsetDays) {
    }
}
