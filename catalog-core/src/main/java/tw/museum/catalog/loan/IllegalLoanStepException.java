package tw.museum.catalog.loan;

/** A step the loan process does not have from where the loan stands (e.g. departure before the agreement). */
public class IllegalLoanStepException extends RuntimeException {

    private final LoanStatus current;
    private final LoanStatus needed;

    public IllegalLoanStepException(LoanStatus current, LoanStatus needed) {
        super("loan is " + current + ", the step needs " + needed);
        this.current = current;
        this.needed = needed;
    }

    public LoanStatus current() {
        return current;
    }

    public LoanStatus needed() {
        return needed;
    }
}
