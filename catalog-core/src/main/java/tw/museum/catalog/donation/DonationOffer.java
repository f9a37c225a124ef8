package tw.museum.catalog.donation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer of objects to the museum, from the donor's form to the committee's decision. The donor's
 * details are personal data: only staff views carry them, and only the agreed credit reaches the catalogue.
 */
@Entity
@Table(name = "donation_offer")
public class DonationOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "donation_offer_seq")
    @SequenceGenerator(name = "donation_offer_seq", sequenceName = "donation_offer_seq", allocationSize = 50)
    private Long id;

    private String offerNumber;
    private String submissionToken;
    private String language;
    private String donorName;
    private String donorEmail;
    private String donorPhone;
    private String donorAddress;
    private Instant consentAt;
    private String consentVersion;
    @Enumerated(EnumType.STRING)
    private CreditChoice creditChoice;
    private String creditName;
    private String giftConditions;

    @Enumerated(EnumType.STRING)
    private DonationStatus status;
    private String evalRelevance;
    private String evalCondition;
    private String evalProvenance;
    private String evalStorageCost;
    @Enumerated(EnumType.STRING)
    private Verdict recommendation;
    private String evaluatedBy;
    private Instant evaluatedAt;
    @Enumerated(EnumType.STRING)
    private Verdict decision;
    private LocalDate decisionDate;
    private String minutesReference;
    private String decidedBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<DonationObject> objects = new ArrayList<>();

    protected DonationOffer() {
    }

    DonationOffer(String offerNumber, DonationOfferData d, Instant now) {
        this.offerNumber = offerNumber;
        this.submissionToken = blankToNull(d.submissionToken());
        this.language = "en".equals(d.language()) ? "en" : "zh-TW";
        this.donorName = d.donorName().strip();
        this.donorEmail = d.donorEmail().strip();
        this.donorPhone = blankToNull(d.donorPhone());
        this.donorAddress = blankToNull(d.donorAddress());
        this.consentAt = now;
        this.consentVersion = d.consentVersion();
        this.creditChoice = d.creditChoice();
        this.creditName = d.creditChoice() == CreditChoice.CUSTOM ? blankToNull(d.creditName()) : null;
        this.giftConditions = blankToNull(d.giftConditions());
        this.status = DonationStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    DonationObject offer(OfferedObject o) {
        DonationObject object = new DonationObject(this, objects.size(), o);
        objects.add(object);
        return object;
    }

    void evaluate(Evaluation e, String by, Instant now) {
        this.evalRelevance = blankToNull(e.relevance());
        this.evalCondition = blankToNull(e.condition());
        this.evalProvenance = blankToNull(e.provenance());
        this.evalStorageCost = blankToNull(e.storageCost());
        this.recommendation = e.recommendation();
        this.evaluatedBy = by;
        this.evaluatedAt = now;
        this.status = DonationStatus.EVALUATED;
        this.updatedAt = now;
    }

    void decide(CommitteeDecision d, String by, Instant now) {
        this.decision = d.decision();
        this.decisionDate = d.date();
        this.minutesReference = d.minutesReference().strip();
        this.decidedBy = by;
        this.status = d.decision() == Verdict.ACCEPT ? DonationStatus.ACCEPTED : DonationStatus.DECLINED;
        this.updatedAt = now;
    }

    /** The name the donor agreed to have published, or empty for an anonymous gift. */
    public java.util.Optional<String> publishableName() {
        return switch (creditChoice) {
            case NAME -> java.util.Optional.of(donorName);
            case CUSTOM -> java.util.Optional.ofNullable(creditName);
            case ANONYMOUS -> java.util.Optional.empty();
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getOfferNumber() { return offerNumber; }
    public String getLanguage() { return language; }
    public String getDonorName() { return donorName; }
    public String getDonorEmail() { return donorEmail; }
    public String getDonorPhone() { return donorPhone; }
    public String getDonorAddress() { return donorAddress; }
    public Instant getConsentAt() { return consentAt; }
    public String getConsentVersion() { return consentVersion; }
    public CreditChoice getCreditChoice() { return creditChoice; }
    public String getCreditName() { return creditName; }
    public String getGiftConditions() { return giftConditions; }
    public DonationStatus getStatus() { return status; }
    public String getEvalRelevance() { return evalRelevance; }
    public String getEvalCondition() { return evalCondition; }
    public String getEvalProvenance() { return evalProvenance; }
    public String getEvalStorageCost() { return evalStorageCost; }
    public Verdict getRecommendation() { return recommendation; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public Verdict getDecision() { return decision; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getMinutesReference() { return minutesReference; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public List<DonationObject> getObjects() { return objects; }
}
