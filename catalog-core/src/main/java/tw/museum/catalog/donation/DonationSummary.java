package tw.museum.catalog.donation;

import java.time.Instant;

/** A line of the curators' list of offers; also what the audit trail keeps (no donor details). */
public record DonationSummary(String number, DonationStatus status, int objects, String firstTitle,
                              Verdict recommendation, Verdict decision, Instant createdAt) {

    static DonationSummary of(DonationOffer o) {
        return new DonationSummary(o.getOfferNumber(), o.getStatus(), o.getObjects().size(),
                o.getObjects().isEmpty() ? null : o.getObjects().get(0).getTitle(), o.getRecommendation(),
                o.getDecision(), o.getCreatedAt());
    }
}
