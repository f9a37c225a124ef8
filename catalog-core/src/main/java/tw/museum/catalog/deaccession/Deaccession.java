package tw.museum.catalog.deaccession;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.media.StoredFile;

/**
 * One deaccession (Spectrum: Deaccessioning and disposal): the proposal for its objects, the committee's
 * decision, the disposal, and the documents that prove each step. Kept forever, whatever its outcome.
 */
@Entity
public class Deaccession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deaccession_seq")
    @SequenceGenerator(name = "deaccession_seq", sequenceName = "deaccession_seq", allocationSize = 50)
    private Long id;

    private String deaccessionNumber;

    @Enumerated(EnumType.STRING)
    private DeaccessionStatus status;

    @ManyToMany
    @JoinTable(name = "deaccession_object", joinColumns = @JoinColumn(name = "deaccession_id"),
            inverseJoinColumns = @JoinColumn(name = "artifact_id"))
    @OrderColumn(name = "position")
    private List<Artifact> objects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deaccession_reason", joinColumns = @JoinColumn(name = "deaccession_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private List<DeaccessionReason> reasons = new ArrayList<>();

    private String justification;
    @Enumerated(EnumType.STRING)
    private DisposalMethod proposedMethod;
    private String proposedRecipient;
    private String proposedBy;
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private DecisionOutcome decision;
    private LocalDate decisionDate;
    private String minuteReference;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private DisposalMethod disposalMethod;
    private String disposalRecipient;
    private LocalDate disposedOn;
    private String disposalNote;
    private String disposalBy;
    private Instant disposalAt;

    @OneToMany(mappedBy = "deaccession", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<DeaccessionDocument> documents = new ArrayList<>();

    private Instant updatedAt;

    @Version
    private long version;

    protected Deaccession() {
    }

    Deaccession(String number, List<Artifact> objects, DeaccessionProposal p, String actor, Instant now) {
        this.deaccessionNumber = number;
        this.status = DeaccessionStatus.PROPOSED;
        this.objects.addAll(objects);
        this.reasons.addAll(p.reasons().stream().distinct().toList());
        this.justification = p.justification().strip();
        this.proposedMethod = p.proposedMethod();
        this.proposedRecipient = blankToNull(p.proposedRecipient());
        this.proposedBy = actor;
        this.proposedAt = now;
        this.updatedAt = now;
    }

    void decide(DeaccessionDecision d, String actor, Instant now) {
        this.decision = d.outcome();
        this.decisionDate = d.date();
        this.minuteReference = d.minuteReference().strip();
        this.decisionNote = blankToNull(d.note());
        this.decidedBy = actor;
        this.decidedAt = now;
        this.status = d.outcome() == DecisionOutcome.APPROVED ? DeaccessionStatus.APPROVED : DeaccessionStatus.REFUSED;
        this.updatedAt = now;
    }

    void dispose(Disposal d, String actor, Instant now) {
        this.disposalMethod = d.method();
        this.disposalRecipient = blankToNull(d.recipient());
        this.disposedOn = d.date();
        this.disposalNote = blankToNull(d.note());
        this.disposalBy = actor;
        this.disposalAt = now;
        this.status = DeaccessionStatus.DISPOSED;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = DeaccessionStatus.CANCELLED;
        this.updatedAt = now;
    }

    DeaccessionDocument attach(StoredFile file, String filename, String actor, Instant now) {
        DeaccessionDocument document = new DeaccessionDocument(this, file, filename, actor, now);
        documents.add(document);
        this.updatedAt = now;
        return document;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getDeaccessionNumber() { return deaccessionNumber; }
    public DeaccessionStatus getStatus() { return status; }
    public List<Artifact> getObjects() { return List.copyOf(objects); }
    public List<DeaccessionReason> getReasons() { return List.copyOf(reasons); }
    public String getJustification() { return justification; }
    public DisposalMethod getProposedMethod() { return proposedMethod; }
    public String getProposedRecipient() { return proposedRecipient; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public DecisionOutcome getDecision() { return decision; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public String getMinuteReference() { return minuteReference; }
    public String getDecisionNote() { return decisionNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public DisposalMethod getDisposalMethod() { return disposalMethod; }
    public String getDisposalRecipient() { return disposalRecipient; }
    public LocalDate getDisposedOn() { return disposedOn; }
    public String getDisposalNote() { return disposalNote; }
    public String getDisposalBy() { return disposalBy; }
    public Instant getDisposalAt() { return disposalAt; }
    public List<DeaccessionDocument> getDocuments() { return List.copyOf(documents); }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
