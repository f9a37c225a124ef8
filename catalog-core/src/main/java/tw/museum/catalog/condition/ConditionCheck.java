package tw.museum.catalog.condition;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.common.Bilingual;

/** One condition check of one object (see {@link ConditionSubject}). */
@Entity
@Table(name = "condition_check")
class ConditionCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "condition_check_seq")
    @SequenceGenerator(name = "condition_check_seq", sequenceName = "condition_check_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    private Long caseId;
    private Integer caseObjectNo;

    @Enumerated(EnumType.STRING)
    private ConditionContext context;
    private String contextRef;
    private LocalDate examinedAt;
    private String examinedBy;
    private String identificationZh;
    private String identificationEn;
    private String category;
    private int quantity;
    private String periodZh;
    private String periodEn;
    private String provenanceZh;
    private String provenanceEn;
    private String materialsZh;
    private String materialsEn;
    private String dimensions;
    @Enumerated(EnumType.STRING)
    private ConditionGrade grade;
    private String summaryZh;
    private String summaryEn;
    private String causesZh;
    private String causesEn;
    @Enumerated(EnumType.STRING)
    private RiskLevel risk;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    private String recommendationsZh;
    private String recommendationsEn;
    private String treatmentZh;
    private String treatmentEn;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "condition_damage", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<ConditionDamage> damages = new ArrayList<>();

    @OneToMany(mappedBy = "check", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ConditionPhoto> photos = new ArrayList<>();

    protected ConditionCheck() {
    }

    ConditionCheck(Artifact artifact, Long caseId, Integer caseObjectNo, Instant now, String actor) {
        this.artifact = artifact;
        this.caseId = caseId;
        this.caseObjectNo = caseObjectNo;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void apply(ConditionCheckData d, List<ConditionDamage> newDamages, Instant now, String actor) {
        context = d.context();
        contextRef = d.contextRef();
        examinedAt = d.examinedAt();
        examinedBy = d.examinedBy();
        identificationZh = d.identification().zh();
        identificationEn = d.identification().en();
        category = d.category();
        quantity = d.quantity() == null ? 1 : d.quantity();
        periodZh = d.period().zh();
        periodEn = d.period().en();
        provenanceZh = d.provenance().zh();
        provenanceEn = d.provenance().en();
        materialsZh = d.materials().zh();
        materialsEn = d.materials().en();
        dimensions = d.dimensions();
        grade = d.grade();
        summaryZh = d.summary().zh();
        summaryEn = d.summary().en();
        causesZh = d.causes().zh();
        causesEn = d.causes().en();
        risk = d.risk();
        urgency = d.urgency();
        recommendationsZh = d.recommendations().zh();
        recommendationsEn = d.recommendations().en();
        treatmentZh = d.treatment().zh();
        treatmentEn = d.treatment().en();
        damages.clear();
        damages.addAll(newDamages);
        updatedAt = now;
        updatedBy = actor;
    }

    void touch(Instant now, String actor) {
        updatedAt = now;
        updatedBy = actor;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    List<ConditionPhoto> getPhotos() {
        return photos;
    }

    ConditionSubject subject() {
        return artifact != null ? ConditionSubject.artifact(artifact.getObjectNumber())
                : ConditionSubject.caseObject(caseId, caseObjectNo);
    }

    ConditionCheckView view() {
        return new ConditionCheckView(id, version, subject(), context, contextRef, examinedAt, examinedBy,
                Bilingual.of(identificationZh, identificationEn), category, quantity,
                Bilingual.of(periodZh, periodEn), Bilingual.of(provenanceZh, provenanceEn),
                Bilingual.of(materialsZh, materialsEn), dimensions, grade, Bilingual.of(summaryZh, summaryEn),
                damages.stream().map(ConditionDamage::view).toList(), Bilingual.of(causesZh, causesEn), risk,
                urgency, Bilingual.of(recommendationsZh, recommendationsEn), Bilingual.of(treatmentZh, treatmentEn),
                photos.stream().map(ConditionPhoto::view).toList(), createdAt, createdBy, updatedAt, updatedBy);
    }
}
