package tw.museum.catalog.artifact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.place.Place;
import tw.museum.catalog.vocabulary.Term;

/** The catalogue record of one object in the collection (Spectrum "object entry" and "cataloguing"). */
@Entity
public class Artifact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "artifact_seq")
    @SequenceGenerator(name = "artifact_seq", sequenceName = "artifact_seq", allocationSize = 50)
    private Long id;

    private String objectNumber;
    private String titleZh;
    private String titleEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_name_id")
    private Term objectName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "classification_id")
    private Term classification;

    private String descriptionZh;
    private String descriptionEn;
    private String dateDisplayZh;
    private String dateDisplayEn;
    private Integer dateEarliest;
    private Integer dateLatest;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "production_place_id")
    private Place productionPlace;

    @ElementCollection
    @CollectionTable(name = "artifact_maker", joinColumns = @JoinColumn(name = "artifact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    private List<MakerCredit> makers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "artifact_term", joinColumns = @JoinColumn(name = "artifact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    private List<TermLink> terms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "artifact_dimension", joinColumns = @JoinColumn(name = "artifact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    private List<DimensionEntry> dimensions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "artifact_link", joinColumns = @JoinColumn(name = "artifact_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    private List<LinkEntry> links = new ArrayList<>();

    private String inscriptionZh;
    private String inscriptionEn;
    private String provenanceZh;
    private String provenanceEn;
    private String creditLineZh;
    private String creditLineEn;
    private String licence;
    private String rightsStatementZh;
    private String rightsStatementEn;

    @Enumerated(EnumType.STRING)
    private ArtifactStatus status;

    private String storageLocation;
    private String internalNotes;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Instant publishedAt;

    @Version
    private long version;

    protected Artifact() {
    }

    Artifact(String objectNumber, Instant now, String actor) {
        this.objectNumber = objectNumber;
        this.status = ArtifactStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Copies every descriptive field from submitted data whose references were already resolved. */
    void apply(ArtifactData data, ResolvedReferences refs, YearRange years, Instant now, String actor) {
        titleZh = data.title().zh();
        titleEn = data.title().en();
        objectName = refs.objectName();
        classification = refs.classification();
        Bilingual description = orEmpty(data.description());
        descriptionZh = description.zh();
        descriptionEn = description.en();
        Bilingual dateDisplay = data.productionDate() == null ? Bilingual.empty() : orEmpty(data.productionDate().display());
        dateDisplayZh = dateDisplay.zh();
        dateDisplayEn = dateDisplay.en();
        dateEarliest = years == null ? null : years.earliest();
        dateLatest = years == null ? null : years.latest();
        productionPlace = refs.place();
        makers.clear();
        makers.addAll(refs.makers());
        terms.clear();
        terms.addAll(refs.terms());
        dimensions.clear();
        data.dimensions().forEach(d -> dimensions.add(new DimensionEntry(d)));
        links.clear();
        data.links().forEach(l -> links.add(new LinkEntry(l)));
        Bilingual inscription = orEmpty(data.inscription());
        inscriptionZh = inscription.zh();
        inscriptionEn = inscription.en();
        Bilingual provenance = orEmpty(data.provenance());
        provenanceZh = provenance.zh();
        provenanceEn = provenance.en();
        Bilingual creditLine = orEmpty(data.creditLine());
        creditLineZh = creditLine.zh();
        creditLineEn = creditLine.en();
        licence = blankToNull(data.licence());
        Bilingual rights = orEmpty(data.rightsStatement());
        rightsStatementZh = rights.zh();
        rightsStatementEn = rights.en();
        RestrictedData restricted = data.restricted();
        storageLocation = blankToNull(restricted.storageLocation());
        internalNotes = blankToNull(restricted.internalNotes());
        touch(now, actor);
    }

    void changeStatus(ArtifactStatus newStatus, Instant now, String actor) {
        if (newStatus == ArtifactStatus.PUBLISHED) {
            publishedAt = now;
        }
        status = newStatus;
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        updatedAt = now;
        updatedBy = actor;
    }

    private static Bilingual orEmpty(Bilingual b) {
        return b == null ? Bilingual.empty() : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getObjectNumber() {
        return objectNumber;
    }

    public Bilingual getTitle() {
        return new Bilingual(titleZh, titleEn);
    }

    public Term getObjectName() {
        return objectName;
    }

    public Term getClassification() {
        return classification;
    }

    public Bilingual getDescription() {
        return new Bilingual(descriptionZh, descriptionEn);
    }

    public ProductionDate getProductionDate() {
        return new ProductionDate(new Bilingual(dateDisplayZh, dateDisplayEn), dateEarliest, dateLatest);
    }

    public Place getProductionPlace() {
        return productionPlace;
    }

    public List<MakerCredit> getMakers() {
        return List.copyOf(makers);
    }

    public List<Term> getTerms(TermField field) {
        return terms.stream().filter(t -> t.getField() == field).map(TermLink::getTerm).toList();
    }

    public List<Dimension> getDimensions() {
        return dimensions.stream().map(DimensionEntry::toDimension).toList();
    }

    public List<ExternalLink> getLinks() {
        return links.stream().map(LinkEntry::toLink).toList();
    }

    public Bilingual getInscription() {
        return new Bilingual(inscriptionZh, inscriptionEn);
    }

    public Bilingual getProvenance() {
        return new Bilingual(provenanceZh, provenanceEn);
    }

    public Bilingual getCreditLine() {
        return new Bilingual(creditLineZh, creditLineEn);
    }

    public String getLicence() {
        return licence;
    }

    public Bilingual getRightsStatement() {
        return new Bilingual(rightsStatementZh, rightsStatementEn);
    }

    public ArtifactStatus getStatus() {
        return status;
    }

    public RestrictedData getRestricted() {
        return new RestrictedData(storageLocation, internalNotes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
