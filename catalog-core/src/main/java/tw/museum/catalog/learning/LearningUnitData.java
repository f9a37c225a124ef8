package tw.museum.catalog.learning;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * A learning unit as staff submit it (from the workspace form or the API). Goals and discussion questions
 * are one per line. {@code version} is the version the edit was made on (null when creating).
 */
public record LearningUnitData(String slug, Bilingual title, Bilingual summary, List<String> themes,
                               AgeGroup ageGroup, Bilingual goals, Bilingual questions, List<Reference> references,
                               List<SectionData> sections, Long version) {

    public LearningUnitData {
        title = title == null ? Bilingual.empty() : title;
        summary = summary == null ? Bilingual.empty() : summary;
        goals = goals == null ? Bilingual.empty() : goals;
        questions = questions == null ? Bilingual.empty() : questions;
        themes = themes == null ? List.of() : List.copyOf(themes);
        references = references == null ? List.of() : List.copyOf(references);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
