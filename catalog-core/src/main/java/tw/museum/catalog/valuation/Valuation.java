package tw.museum.catalog.valuation;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import tw.museum.catalog.artifact.Artifact;

/**
 * One valuation of an object (Spectrum: Valuation). Valuations are never deleted: a new one supersedes
 * the older ones of its purpose, so the history of an object's worth stays complete.
 */
@Entity
public class Valuation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "valuation_seq")
    @SequenceGenerator(name = "valuation_seq", sequenceName = "valuation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    private BigDecimal amount;
    private String currency;
    private LocalDate valuedOn;
    private String valuer;

    @Enumerated(EnumType.STRING)
    private ValuationPurpose purpose;

    private String reference;
    private String notes;
    private Instant recordedAt;
    private String recordedBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected Valuation() {
    }

    Valuation(Artifact artifact, Instant now, String actor) {
        this.artifact = artifact;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    /** Copies checked data (currency upper-cased, texts stripped). */
    void apply(BigDecimal amount, String currency, LocalDate valuedOn, String valuer, ValuationPurpose purpose,
               String reference, String notes, Instant now, String actor) {
        this.amount = amount;
        this.currency = currency;
        this.valuedOn = valuedOn;
        this.valuer = valuer;
        this.purpose = purpose;
        this.reference = reference;
        this.notes = notes;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Same amount and currency: the value a person typed is this valuation's, not a new one. */
    public boolean sameValue(BigDecimal otherAmount, String otherCurrency) {
        return amount.compareTo(otherAmount) == 0 && currency.equals(otherCurrency);
    }

    public Long getId() {
        return id;
    }

    public Artifact getArtifact() {
        return artifact;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValuedOn() {
        return valuedOn;
    }

    public String getValuer() {
        return valuer;
    }

    public ValuationPurpose getPurpose() {
        return purpose;
    }

    public String getReference() {
        return reference;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
