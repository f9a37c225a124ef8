package tw.museum.catalog.donation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An offer as staff see it, donor details included: never for public pages or exports. */
public record DonationView(String number, DonationStatus status, String language, Donor donor,
                           CreditChoice creditChoice, String creditName, String publishedCredit, String giftConditions,
                           List<ObjectView> objects, Evaluation evaluation, String evaluatedBy, Instant evaluatedAt,
                           CommitteeDecision decision, String decidedBy, Instant createdAt, long version) {

    /** The donor: personal data. */
    public record Donor(String name, String email, String phone, String address, Instant consentAt,
                        String consentVersion) {
    }

    public record ObjectView(int position, String title, String description, String history, String dateMade,
                             String objectNumber, List<Long> photoIds) {
    }

    static DonationView of(DonationOffer o) {
        Evaluation evaluation = o.getEvaluatedAt() == null ? null : new Evaluation(o.getEvalRelevance(),
                o.getEvalCondition(), o.getEvalProvenance(), o.getEvalStorageCost(), o.getRecommendation());
        CommitteeDecision decision = o.getDecision() == null ? null
                : new CommitteeDecision(o.getDecision(), o.getDecisionDate(), o.getMinutesReference());
        return new DonationView(o.getOfferNumber(), o.getStatus(), o.getLanguage(),
                new Donor(o.getDonorName(), o.getDonorEmail(), o.getDonorPhone(), o.getDonorAddress(),
                        o.getConsentAt(), o.getConsentVersion()),
                o.getCreditChoice(), o.getCreditName(), o.publishableName().orElse(null), o.getGiftConditions(),
                o.getObjects().stream().map(x -> new ObjectView(x.getPosition(), x.getTitle(), x.getDescription(),
                        x.getHistory(), x.getDateMade(), x.getObjectNumber(),
                        x.getPhotos().stream().map(DonationPhoto::getId).toList())).toList(),
                evaluation, o.getEvaluatedBy(), o.getEvaluatedAt(), decision, o.getDecidedBy(), o.getCreatedAt(),
                o.getVersion());
    }
}
