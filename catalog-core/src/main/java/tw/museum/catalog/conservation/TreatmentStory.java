package tw.museum.catalog.conservation;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.common.Bilingual;

/** A treatment story (修復故事): the public account of one treatment of one object, with its review. */
@Entity
@Table(name = "treatment_story")
class TreatmentStory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "treatment_story_seq")
    @SequenceGenerator(name = "treatment_story_seq", sequenceName = "treatment_story_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    private long treatmentCheckId;
    private String titleZh;
    private String titleEn;
    private String summaryZh;
    private String summaryEn;
    private String bodyZh;
    private String bodyEn;
    private boolean creditExaminer;
    @Enumerated(EnumType.STRING)
    private StoryStatus status = StoryStatus.DRAFT;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;
    private Instant publishedAt;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "treatment_story_photo", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    private List<StoryPhoto> photos = new ArrayList<>();

    @Version
    private long version;

    protected TreatmentStory() {
    }

    TreatmentStory(Artifact artifact, Instant now, String actor) {
        this.artifact = artifact;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void write(TreatmentStoryData d, long checkId, List<StoryPhoto> chosen, Instant now, String actor) {
        treatmentCheckId = checkId;
        titleZh = d.title().zh();
        titleEn = d.title().en();
        summaryZh = d.summary().zh();
        summaryEn = d.summary().en();
        bodyZh = d.body().zh();
        bodyEn = d.body().en();
        creditExaminer = d.creditExaminer();
        photos.clear();
        photos.addAll(chosen);
        touch(now, actor);
    }

    void submit(Instant now, String actor) {
        status = StoryStatus.IN_REVIEW;
        submittedBy = actor;
        submittedAt = now;
        touch(now, actor);
    }

    void approve(Instant now, String actor) {
        status = StoryStatus.PUBLISHED;
        reviewedBy = actor;
        reviewedAt = now;
        reviewNote = null;
        publishedAt = now;
        touch(now, actor);
    }

    /** Back to a draft: sent back by a reviewer (with a note), pulled back, or withdrawn after publication. */
    void backToDraft(String note, Instant now, String actor) {
        if (status == StoryStatus.IN_REVIEW) {
            reviewedBy = actor;
            reviewedAt = now;
        }
        status = StoryStatus.DRAFT;
        reviewNote = note == null || note.isBlank() ? null : note.strip();
        publishedAt = null;
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        updatedAt = now;
        updatedBy = actor;
    }

    Long getId() {
        return id;
    }

    Artifact getArtifact() {
        return artifact;
    }

    long getTreatmentCheckId() {
        return treatmentCheckId;
    }

    Bilingual getTitle() {
        return Bilingual.of(titleZh, titleEn);
    }

    Bilingual getSummary() {
        return Bilingual.of(summaryZh, summaryEn);
    }

    Bilingual getBody() {
        return Bilingual.of(bodyZh, bodyEn);
    }

    boolean isCreditExaminer() {
        return creditExaminer;
    }

    StoryStatus getStatus() {
        return status;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getReviewNote() {
        return reviewNote;
    }

    Instant getPublishedAt() {
        return publishedAt;
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

    List<StoryPhoto> getPhotos() {
        return List.copyOf(photos);
    }

    long getVersion() {
        return version;
    }
}
