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
import tw.museum.catalog.valuation.Valuation;

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
    /** The valuation the object was approved with: the loan's agreed insurance value (V13). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "valuation_id")
    private Valuation insuranceValuation;
    private Long departureCheckId;
    private Long returnCheckId;

    protected LoanObject() {
    }

    LoanObject(Loan loan, Artifact artifact, int position) {
        this.loan = loan;
        this.artifact = artifact;
        this.position = position;
    }

    void approve(Valuation insurance, String note) {
        this.decision = ObjectDecision.APPROVED;
        this.refusalReason = null;
        this.insuranceValuation = insurance;
        this.decisionNote = note;
    }

    void refuse(RefusalReason reason, String note) {
        this.decision = ObjectDecision.REFUSED;
        this.refusalReason = reason;
        this.insuranceValuation = null;
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

    public Valuation getInsuranceValuation() {
        return insuranceValuation;
    }

    public BigDecimal getInsuranceValue() {
        return insuranceValuation == null ? null : insuranceValuation.getAmount();
    }

    public String getInsuranceCurrency() {
        return insuranceValuation == null ? null : insuranceValuation.getCurrency();
    }

    public Long getDepartureCheckId() {
        return departureCheckId;
    }

    public Long getReturnCheckId() {
        return returnCheckId;
    }
}
