package tw.museum.catalog.usage;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import tw.museum.catalog.common.Bilingual;

/** One recorded use of one or more collection objects. */
@Entity
@Table(name = "collection_use")
class CollectionUse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_use_seq")
    @SequenceGenerator(name = "collection_use_seq", sequenceName = "collection_use_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private UseKind kind;
    private String purposeZh;
    private String purposeEn;
    private LocalDate usedFrom;
    private LocalDate usedUntil;
    private String usedBy;
    private String notes;

    @ElementCollection
    @CollectionTable(name = "collection_use_object", joinColumns = @JoinColumn(name = "use_id"))
    @OrderColumn(name = "position")
    @Column(name = "artifact_id")
    @BatchSize(size = 32)
    private List<Long> artifactIds = new ArrayList<>();

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected CollectionUse() {
    }

    CollectionUse(Instant now, String actor) {
        this.createdAt = now;
        this.createdBy = actor;
    }

    void apply(CollectionUseData d, List<Long> artifacts, Instant now, String actor) {
        kind = d.kind();
        purposeZh = d.purpose().zh();
        purposeEn = d.purpose().en();
        usedFrom = d.usedFrom();
        usedUntil = d.usedUntil();
        usedBy = blankToNull(d.usedBy());
        notes = blankToNull(d.notes());
        artifactIds.clear();
        artifactIds.addAll(artifacts);
        updatedAt = now;
        updatedBy = actor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Long getId() {
        return id;
    }

    UseKind getKind() {
        return kind;
    }

    Bilingual getPurpose() {
        return Bilingual.of(purposeZh, purposeEn);
    }

    LocalDate getUsedFrom() {
        return usedFrom;
    }

    LocalDate getUsedUntil() {
        return usedUntil;
    }

    String getUsedBy() {
        return usedBy;
    }

    String getNotes() {
        return notes;
    }

    List<Long> getArtifactIds() {
        return List.copyOf(artifactIds);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    long getVersion() {
        return version;
    }
}
