package tw.museum.catalog.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.condition.ConditionContext;

/** One object requested in a loan, with the registrar's decision and its two condition checks. */
@Entity
@Table(name = "loan_object")
public class LoanObject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_object_seq")
    @SequenceGenerator(name = "loan_object_seq", sequenceName = "loan_object_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id")
    private Loan loan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    private int position;

    @Enumerated(EnumType.STRING)
    private ObjectDecision decision = ObjectDecision.PENDING;

    @Enumerated(EnumType.STRING)
    private RefusalReason refusalReason;
    private String decisionNote;
    private BigDecimal insuranceValue;
    private String insuranceCurrency;
    private Long departureCheckId;
    private Long returnCheckId;

    protected LoanObject() {
    }

    LoanObject(Loan loan, Artifact artifact, int position) {
        this.loan = loan;
        this.artifact = artifact;
        this.position = position;
    }

    void approve(BigDecimal value, String currency, String note) {
        this.decision = ObjectDecision.APPROVED;
        this.refusalReason = null;
        this.insuranceValue = value;
        this.insuranceCurrency = currency;
        this.decisionNote = note;
    }

    void refuse(RefusalReason reason, String note) {
        this.decision = ObjectDecision.REFUSED;
        this.refusalReason = reason;
        this.insuranceValue = null;
        this.insuranceCurrency = null;
        this.decisionNote = note;
    }

    void recordCheck(ConditionContext context, long checkId) {
        if (context == ConditionContext.LOAN_DEPARTURE) {
            departureCheckId = checkId;
        } else {
            returnCheckId = checkId;
        }
    }

    public Long getId() {
        return id;
    }

    public Loan getLoan() {
        return loan;
    }

    public Artifact getArtifact() {
        return artifact;
    }

    public int getPosition() {
        return position;
    }

    public ObjectDecision getDecision() {
        return decision;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public BigDecimal getInsuranceValue() {
        return insuranceValue;
    }

    public String getInsuranceCurrency() {
        return insuranceCurrency;
    }

    public Long getDepartureCheckId() {
        return departureCheckId;
    }

    public Long getReturnCheckId() {
        return returnCheckId;
    }
}
