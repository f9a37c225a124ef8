package tw.museum.site.exhibition;

import static tw.museum.site.exhibition.ExhibitionFixture.ok;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestImages;

/**
 * A published object with two condition records (an examination and a treatment, two photos each, made through
 * the condition service as the conservator's pages do), and a treatment story written through the API from
 * them, showing the first examination photo and the second treatment photo. Markers sit in everything of the
 * records that must stay unpublished.
 */
record StoryFixture(String object, long examinationId, long treatmentId, List<Long> examinationPhotos,
                    List<Long> treatmentPhotos, long story) {

    static final String EXAMINER_MARKER = "EXAMINERMARKER";
    static final String SUMMARY_MARKER = "CHECKSUMMARYMARKER";
    static final String ANNOTATION_MARKER = "ANNOTATIONMARKER";
    static final String TREATMENT_MARKER = "TREATMENTTEXTMARKER";
    static final String DRAFT_STORY_MARKER = "DRAFTSTORYMARKER";

    static StoryFixture create(TestHttp conservator, TestHttp curator, ConditionCheckService conditions) {
        String id = Long.toString(System.nanoTime(), 36);
        String object = "TS/" + id;
        ok(curator.postJson("/api/v1/artifacts", Map.of("objectNumber", object,
                "title", Map.of("zh", "木雕媽祖神像" + id, "en", "Carved Mazu " + id))));
        ok(curator.post(ExhibitionFixture.path(object) + "/publish"));
        ConditionCheckView examination = withPhotos(conditions, record(conditions, object, ConditionContext.CONSERVATION, null));
        ConditionCheckView treatment = withPhotos(conditions, record(conditions, object, ConditionContext.TREATMENT,
                Bilingual.of(TREATMENT_MARKER + " 以去離子水清潔煙燻", null)));
        long story = ok(conservator.postJson("/api/v1/treatment-stories", story(object, treatment.id(),
                examination.photos().get(0).id(), treatment.photos().get(1).id(), "媽祖神像的修復" + id, false, null)))
                .json().path("id").asLong();
        return new StoryFixture(object, examination.id(), treatment.id(),
                examination.photos().stream().map(p -> p.id()).toList(),
                treatment.photos().stream().map(p -> p.id()).toList(), story);
    }

    static Map<String, Object> story(String object, long treatmentId, long before, long after, String title,
                                     boolean credit, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("objectNumber", object, "treatmentCheckId", treatmentId,
                "title", Map.of("zh", title, "en", "Restoring a statue of Mazu"),
                "summary", Map.of("zh", "百年煙燻下的彩繪。"),
                "body", Map.of("zh", "神像送來時滿布煙燻。\n\n我們以去離子水逐層清潔。", "en", "Soot covered the statue.\n\nWe cleaned it."),
                "creditExaminer", credit,
                "photos", List.of(Map.of("photoId", before, "stage", "BEFORE", "caption", Map.of("zh", "修復前的臉部")),
                        Map.of("photoId", after, "stage", "AFTER", "caption", Map.of("zh", "清潔後")))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static ConditionCheckView record(ConditionCheckService conditions, String object, ConditionContext context,
                                             Bilingual work) {
        return conditions.record(ConditionSubject.artifact(object), new ConditionCheckData(context, null,
                LocalDate.of(2025, 4, 10), EXAMINER_MARKER + " 王", null, null, 1, null, null, null, null,
                ConditionGrade.POOR, Bilingual.of(SUMMARY_MARKER, null), List.of(), null, null, null,
                Bilingual.of("INTERNALRECOMMENDATION", null), work));
    }

    private static ConditionCheckView withPhotos(ConditionCheckService conditions, ConditionCheckView check) {
        List<ByteArrayResource> files = new ArrayList<>();
        List<Bilingual> notes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            files.add(new ByteArrayResource(TestImages.png(400 + 10 * i + (int) (check.id() % 97), 300)));
            notes.add(Bilingual.of(ANNOTATION_MARKER + i, null));
        }
        return conditions.addPhotos(check.id(), files, notes, check.version());
    }

    static long version(TestHttp staff, long story) {
        return ok(staff.get("/api/v1/treatment-stories/" + story)).json().path("version").asLong();
    }

    static void step(TestHttp staff, long story, String step) {
        ok(staff.postJson("/api/v1/treatment-stories/" + story + "/" + step, Map.of("version", version(staff, story))));
    }
}
