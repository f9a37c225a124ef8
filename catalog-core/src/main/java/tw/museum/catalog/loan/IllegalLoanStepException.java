package tw.museum.catalog.loan;

import tw.museum.catalog.common.IllegalStepException;

/** A step the loan process does not have from where the loan stands (e.g. departure before the agreement). */
public class IllegalLoanStepException extends IllegalStepException {

    private final LoanStatus current;
    private final LoanStatus needed;

    public IllegalLoanStepException(LoanStatus current, LoanStatus needed) {
        super("loan", current, needed);
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
