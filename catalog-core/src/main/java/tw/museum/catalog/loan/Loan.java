package tw.museum.catalog.loan;

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
import java.util.Optional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.media.StoredFile;

/**
 * A loan of museum objects to another institution, from application to return. The contact's details and
 * the insurance values are restricted data: only the staff view carries them.
 */
@Entity
@Table(name = "loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_seq")
    @SequenceGenerator(name = "loan_seq", sequenceName = "loan_seq", allocationSize = 50)
    private Long id;

    private String loanNumber;
    private String submissionToken;
    private String language;
    private String institution;
    private String institutionAddress;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Instant consentAt;
    private String consentVersion;
    private String exhibitionTitle;
    private String purpose;
    private String venue;
    private String facilitySecurity;
    private String facilityClimate;
    private String facilityLighting;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String transportProposal;
    private String insuranceProposal;

    @Enumerated(EnumType.STRING)
    private LoanStatus status;
    private String loanConditions;
    private String reviewedBy;
    private Instant reviewedAt;
    private String agreementKey;
    private String agreementMediaType;
    private Instant agreementUploadedAt;
    private LocalDate departedOn;
    private LocalDate returnedOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "loan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<LoanObject> objects = new ArrayList<>();

    protected Loan() {
    }

    Loan(String loanNumber, LoanApplication a, Instant now) {
        this.loanNumber = loanNumber;
        this.submissionToken = blankToNull(a.submissionToken());
        this.language = "en".equals(a.language()) ? "en" : "zh-TW";
        this.institution = a.institution().strip();
        this.institutionAddress = blankToNull(a.institutionAddress());
        this.contactName = a.contactName().strip();
        this.contactEmail = a.contactEmail().strip();
        this.contactPhone = blankToNull(a.contactPhone());
        this.consentAt = now;
        this.consentVersion = a.consentVersion();
        this.exhibitionTitle = a.exhibitionTitle().strip();
        this.purpose = blankToNull(a.purpose());
        this.venue = a.venue().strip();
        this.facilitySecurity = blankToNull(a.facilitySecurity());
        this.facilityClimate = blankToNull(a.facilityClimate());
        this.facilityLighting = blankToNull(a.facilityLighting());
        this.periodFrom = a.periodFrom();
        this.periodTo = a.periodTo();
        this.transportProposal = blankToNull(a.transportProposal());
        this.insuranceProposal = blankToNull(a.insuranceProposal());
        this.status = LoanStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void request(Artifact artifact) {
        objects.add(new LoanObject(this, artifact, objects.size()));
    }

    Optional<LoanObject> object(String objectNumber) {
        return objects.stream().filter(o -> o.getArtifact().getObjectNumber().equals(objectNumber)).findFirst();
    }

    void reviewed(LoanStatus outcome, String conditions, String by, Instant now) {
        this.status = outcome;
        this.loanConditions = blankToNull(conditions);
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    void agreementSigned(StoredFile file, Instant now) {
        this.agreementKey = file.storageKey();
        this.agreementMediaType = file.mediaType();
        this.agreementUploadedAt = now;
        this.status = LoanStatus.AGREED;
        this.updatedAt = now;
    }

    void departed(LocalDate on, Instant now) {
        this.departedOn = on;
        this.status = LoanStatus.ON_LOAN;
        this.updatedAt = now;
    }

    void returned(LocalDate on, Instant now) {
        this.returnedOn = on;
        this.status = LoanStatus.RETURNED;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = LoanStatus.CANCELLED;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getLoanNumber() { return loanNumber; }
    public String getLanguage() { return language; }
    public String getInstitution() { return institution; }
    public String getInstitutionAddress() { return institutionAddress; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public Instant getConsentAt() { return consentAt; }
    public String getConsentVersion() { return consentVersion; }
    public String getExhibitionTitle() { return exhibitionTitle; }
    public String getPurpose() { return purpose; }
    public String getVenue() { return venue; }
    public String getFacilitySecurity() { return facilitySecurity; }
    public String getFacilityClimate() { return facilityClimate; }
    public String getFacilityLighting() { return facilityLighting; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getTransportProposal() { return transportProposal; }
    public String getInsuranceProposal() { return insuranceProposal; }
    public LoanStatus getStatus() { return status; }
    public String getLoanConditions() { return loanConditions; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getAgreementKey() { return agreementKey; }
    public String getAgreementMediaType() { return agreementMediaType; }
    public Instant getAgreementUploadedAt() { return agreementUploadedAt; }
    public LocalDate getDepartedOn() { return departedOn; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public List<LoanObject> getObjects() { return objects; }
}
