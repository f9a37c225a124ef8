package tw.museum.catalog.condition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/** A condition check as staff see it (checks are internal records: never on public pages or exports). */
public record ConditionCheckView(long id, long version, ConditionSubject subject, ConditionContext context,
                                 String contextRef, LocalDate examinedAt, String examinedBy,
                                 Bilingual identification, String category, int quantity, Bilingual period,
                                 Bilingual provenance, Bilingual materials, String dimensions,
                                 ConditionGrade grade, Bilingual summary, List<DamageView> damages,
                                 Bilingual causes, RiskLevel risk, Urgency urgency, Bilingual recommendations, Bilingual treatment,
                                 List<ConditionPhotoView> photos, Instant createdAt, String createdBy,
                                 Instant updatedAt, String updatedBy) {
}
