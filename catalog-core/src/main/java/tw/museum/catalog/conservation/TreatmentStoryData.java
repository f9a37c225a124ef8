package tw.museum.catalog.conservation;

import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * A treatment story as a conservator writes it: the object, the treatment record it tells (a condition check
 * of context TREATMENT of that object), the public text, the chosen photos in order, and whether the examiner
 * agreed to be named (missing: no). Nothing else of the check is ever shown.
 */
public record TreatmentStoryData(String objectNumber, Long treatmentCheckId, Bilingual title, Bilingual summary,
                                 Bilingual body, Boolean creditExaminer, List<StoryPhotoData> photos, Long version) {

    public TreatmentStoryData {
        title = title == null ? Bilingual.empty() : title;
        summary = summary == null ? Bilingual.empty() : summary;
        body = body == null ? Bilingual.empty() : body;
        photos = photos == null ? List.of() : List.copyOf(photos);
        creditExaminer = Boolean.TRUE.equals(creditExaminer);
    }
}
