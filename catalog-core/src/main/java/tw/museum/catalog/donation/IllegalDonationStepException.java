package tw.museum.catalog.donation;

/** A step the donation process does not have from where the offer stands. */
public class IllegalDonationStepException extends RuntimeException {

    private final DonationStatus current;
    private final DonationStatus needed;

    public IllegalDonationStepException(DonationStatus current, DonationStatus needed) {
        super("offer is " + current + ", the step needs " + needed);
        this.current = current;
        this.needed = needed;
    }

    public DonationStatus current() {
        return current;
    }

    public DonationStatus needed() {
        return needed;
    }
}
