package tw.museum.catalog.learning;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

/** A learning unit as staff see it, drafts and unpublished items included. Also its audit snapshot. */
public record LearningUnitView(long id, String slug, Bilingual title, Bilingual summary, List<TermRef> themes,
                               AgeGroup ageGroup, Bilingual goals, Bilingual questions, List<Reference> references,
                               List<SectionView> sections, Instant publishAt, UnitStatus status, Instant createdAt,
                               String createdBy, Instant updatedAt, String updatedBy, long version) {
}
