package tw.museum.catalog.donation;

/** What happened to an offer, for the donor's emails. Published inside the changing transaction. */
public final class DonationEvents {

    private DonationEvents() {
    }

    public record Submitted(String number) {
    }

    public record Decided(String number, Verdict decision) {
    }
}
