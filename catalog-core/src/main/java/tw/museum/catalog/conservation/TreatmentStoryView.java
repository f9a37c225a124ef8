package tw.museum.catalog.conservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;

/** A treatment story as staff see it, with its review; also its audit snapshot. */
public record TreatmentStoryView(long id, String objectNumber, Bilingual artifactTitle, ArtifactStatus artifactStatus,
                                 long treatmentCheckId, LocalDate treatedOn, String examinedBy, Bilingual title,
                                 Bilingual summary, Bilingual body, boolean creditExaminer,
                                 List<StoryPhotoView> photos, StoryStatus status, String submittedBy,
                                 Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote,
                                 Instant publishedAt, Instant createdAt, String createdBy, Instant updatedAt,
                                 String updatedBy, long version) {
}
