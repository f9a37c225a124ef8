package tw.museum.catalog.donation;

import tw.museum.catalog.common.IllegalStepException;

/** A step the donation process does not have from where the offer stands. */
public class IllegalDonationStepException extends IllegalStepException {

    private final DonationStatus current;
    private final DonationStatus needed;

    public IllegalDonationStepException(DonationStatus current, DonationStatus needed) {
        super("offer", current, needed);
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
