package tw.museum.catalog.conservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.catalog.support.CatalogTestBase;

/** Treatment stories: writing, review by a second person, and what the public side holds. H2 and PostgreSQL. */
abstract class TreatmentStoryContract extends CatalogTestBase {

    static final String EXAMINER = "EXAMINER-NAME 王";
    static final String INTERNAL = "INTERNAL-SUMMARY";
    static final String ANNOTATION = "PHOTO-ANNOTATION";

    @Autowired TreatmentStoryService stories;
    @Autowired ConditionCheckService conditions;
    @Autowired ArtifactService artifacts;

    String object;
    ConditionCheckView examination;
    ConditionCheckView treatment;
    ConditionCheckView otherObjectsCheck;

    @BeforeEach
    void treatedObject() {
        object = artifact(ArtifactStatus.PUBLISHED);
        examination = withPhotos(check(object, ConditionContext.CONSERVATION, null), 2);
        treatment = withPhotos(check(object, ConditionContext.TREATMENT, Bilingual.of("清潔並加固彩繪", null)), 2);
        otherObjectsCheck = withPhotos(check(artifact(ArtifactStatus.PUBLISHED), ConditionContext.TREATMENT,
                Bilingual.of("清潔", null)), 1);
    }

    String artifact(ArtifactStatus status) {
        String number = unique("TS") + "/3";
        artifacts.create(new ArtifactData(number, Bilingual.of("媽祖神像", "Statue of Mazu"), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null), status);
        return number;
    }

    ConditionCheckView check(String number, ConditionContext context, Bilingual work) {
        return conditions.record(ConditionSubject.artifact(number), new ConditionCheckData(context, null,
                LocalDate.of(2025, 4, 10), EXAMINER, null, null, 1, null, null, null, null, ConditionGrade.POOR,
                Bilingual.of(INTERNAL, null), List.of(), Bilingual.of("INTERNAL-CAUSES", null), null, null,
                Bilingual.of("INTERNAL-RECOMMENDATION", null), work));
    }

    ConditionCheckView withPhotos(ConditionCheckView check, int count) {
        List<ByteArrayResource> files = new java.util.ArrayList<>();
        List<Bilingual> notes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(new ByteArrayResource(png(new Color(40 * i + 40, 90, 30))));
            notes.add(Bilingual.of(ANNOTATION + i, null));
        }
        return conditions.addPhotos(check.id(), files, notes, check.version());
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void signedInAs(String user) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_CONSERVATOR"));
    }

    TreatmentStoryData story(boolean credit, Long version) {
        return new TreatmentStoryData(object, treatment.id(), Bilingual.of("媽祖神像的修復", "Restoring Mazu"),
                Bilingual.of("煙燻與剝落的彩繪。", null), Bilingual.of("神像送來時滿布煙燻。\n\n我們以去離子水清潔。", "Soot everywhere."),
                credit, List.of(new StoryPhotoData(examination.photos().get(0).id(), PhotoStage.BEFORE, Bilingual.of("修復前", "Before")),
                        new StoryPhotoData(treatment.photos().get(1).id(), PhotoStage.AFTER, Bilingual.of("修復後", "After"))),
                version);
    }

    @Test
    void aStoryIsPublishedOnlyWhenSomeoneWhoDidNotWriteItApproves() {
        signedInAs("conservator.a");
        TreatmentStoryView draft = stories.create(story(false, null));
        assertThat(draft.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(stories.findPublished(draft.id())).isEmpty();
        TreatmentStoryView sent = stories.submit(draft.id(), draft.version());
        assertThat(sent.status()).isEqualTo(StoryStatus.IN_REVIEW);
        assertThat(sent.submittedBy()).isEqualTo("conservator.a");
        assertThat(stories.findPublished(draft.id())).isEmpty();
        assertThatThrownBy(() -> stories.approve(draft.id(), sent.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("reviewer", "reviewer-is-author")));

        signedInAs("curator.b");
        TreatmentStoryView published = stories.approve(draft.id(), sent.version());
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.reviewedBy()).isEqualTo("curator.b");

        PublicTreatmentStory shown = stories.findPublished(draft.id()).orElseThrow();
        assertThat(shown.paragraphs("zh")).containsExactly("神像送來時滿布煙燻。", "我們以去離子水清潔。");
        assertThat(shown.photos()).extracting(PublicStoryPhoto::position, PublicStoryPhoto::stage)
                .containsExactly(tuple(1, PhotoStage.BEFORE), tuple(2, PhotoStage.AFTER));
        assertThat(shown.cover().position()).isEqualTo(2);
        assertThat(shown.treatedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(shown.conservator()).as("not agreed: no name").isNull();
        assertThat(shown.toString()).doesNotContain(EXAMINER, INTERNAL, ANNOTATION, "INTERNAL-CAUSES",
                "INTERNAL-RECOMMENDATION", "POOR", "清潔並加固彩繪");
        assertThat(stories.listPublished()).extracting(StorySummary::id).contains(draft.id());
        assertThat(stories.publishedFor(object)).extracting(StorySummary::id).containsExactly(draft.id());

        // only the two chosen photos can be fetched, by their place in the story
        assertThat(stories.publicPhoto(draft.id(), 1)).isPresent();
        assertThat(stories.publicPhoto(draft.id(), 2)).isPresent();
        assertThat(stories.publicPhoto(draft.id(), 0)).isEmpty();
        assertThat(stories.publicPhoto(draft.id(), 3)).isEmpty();

        // the examiner agrees to be named: withdrawn, edited, reviewed again
        signedInAs("conservator.a");
        TreatmentStoryView back = stories.withdraw(draft.id(), published.version());
        assertThat(back.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(stories.findPublished(draft.id())).isEmpty();
        assertThat(stories.publicPhoto(draft.id(), 1)).isEmpty();
        TreatmentStoryView credited = stories.submit(draft.id(), stories.update(draft.id(), story(true, back.version())).version());
        signedInAs("curator.b");
        stories.approve(draft.id(), credited.version());
        assertThat(stories.findPublished(draft.id()).orElseThrow().conservator()).isEqualTo(EXAMINER);
    }

    @Test
    void whoeverEditedAStoryCannotApproveIt() {
        signedInAs("conservator.a");
        TreatmentStoryView draft = stories.create(story(false, null));
        signedInAs("conservator.b");
        TreatmentStoryView edited = stories.update(draft.id(), story(false, draft.version()));
        signedInAs("conservator.a");
        TreatmentStoryView sent = stories.submit(draft.id(), edited.version());
        signedInAs("conservator.b");
        assertThatThrownBy(() -> stories.approve(draft.id(), sent.version())).isInstanceOf(InvalidRecordException.class);
        // a reviewer who sent it back with a note may approve the next round
        signedInAs("curator.c");
        TreatmentStoryView returned = stories.sendBack(draft.id(), "請補上英文說明", sent.version());
        assertThat(returned.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(returned.reviewNote()).isEqualTo("請補上英文說明");
        signedInAs("conservator.a");
        TreatmentStoryView again = stories.submit(draft.id(), returned.version());
        signedInAs("curator.c");
        assertThat(stories.approve(draft.id(), again.version()).status()).isEqualTo(StoryStatus.PUBLISHED);
    }

    @Test
    void badStoriesAreRefusedWithEveryProblemAtOnce() {
        TreatmentStoryData bad = new TreatmentStoryData(object, examination.id(), Bilingual.of(null, "x"), null, null,
                false, List.of(new StoryPhotoData(otherObjectsCheck.photos().get(0).id(), PhotoStage.BEFORE, null),
                new StoryPhotoData(treatment.photos().get(0).id(), null, null),
                new StoryPhotoData(examination.photos().get(0).id(), PhotoStage.BEFORE, null),
                new StoryPhotoData(examination.photos().get(0).id(), PhotoStage.AFTER, null),
                new StoryPhotoData(null, PhotoStage.AFTER, null)), null);
        assertThatThrownBy(() -> stories.create(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("title.zh", "required"), tuple("body.zh", "required"),
                        tuple("treatmentCheckId", "not-a-treatment"), tuple("photos[0].photoId", "unknown-photo"),
                        tuple("photos[1].stage", "required"), tuple("photos[3].photoId", "listed-twice"),
                        tuple("photos[4].photoId", "unknown-photo")));
        assertThatThrownBy(() -> stories.create(new TreatmentStoryData("NO-SUCH", otherObjectsCheck.id(),
                Bilingual.of("t", null), null, Bilingual.of("b", null), false, List.of(), null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("objectNumber"));
        // another object's treatment record is not this object's
        assertThatThrownBy(() -> stories.create(new TreatmentStoryData(object, otherObjectsCheck.id(),
                Bilingual.of("t", null), null, Bilingual.of("b", null), false, List.of(), null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("treatmentCheckId"));
    }

    @Test
    void stepsOutOfOrderAndStaleVersionsAreRefused() {
        TreatmentStoryView draft = stories.create(story(false, null));
        assertThatThrownBy(() -> stories.approve(draft.id(), draft.version())).isInstanceOf(IllegalStepException.class);
        assertThatThrownBy(() -> stories.withdraw(draft.id(), draft.version())).isInstanceOf(IllegalStepException.class);
        assertThatThrownBy(() -> stories.submit(draft.id(), draft.version() - 1)).isInstanceOf(StaleVersionException.class);
        TreatmentStoryView sent = stories.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> stories.update(draft.id(), story(true, sent.version())))
                .isInstanceOfSatisfying(IllegalStepException.class, e -> {
                    assertThat(String.valueOf(e.currentState())).isEqualTo("IN_REVIEW");
                    assertThat(String.valueOf(e.neededState())).isEqualTo("DRAFT");
                });
        assertThat(stories.get(draft.id()).creditExaminer()).isFalse();
        assertThat(stories.history(draft.id())).hasSize(2);
    }

    @Test
    void aStoryOfAnObjectNotPublishedStaysOffThePublicSide() {
        String draftObject = artifact(ArtifactStatus.DRAFT);
        ConditionCheckView work = withPhotos(check(draftObject, ConditionContext.TREATMENT, Bilingual.of("補彩", null)), 1);
        TreatmentStoryView s = stories.create(new TreatmentStoryData(draftObject, work.id(), Bilingual.of("補彩", null),
                null, Bilingual.of("內文", null), true, List.of(new StoryPhotoData(work.photos().get(0).id(),
                PhotoStage.AFTER, null)), null));
        TreatmentStoryView sent = stories.submit(s.id(), s.version());
        signedInAs("other.reviewer");
        stories.approve(s.id(), sent.version());
        assertThat(stories.findPublished(s.id())).isEmpty();
        assertThat(stories.publicPhoto(s.id(), 1)).isEmpty();
        assertThat(stories.listPublished()).extracting(StorySummary::id).doesNotContain(s.id());
        assertThat(stories.publishedFor(draftObject)).isEmpty();
        artifacts.publish(draftObject, artifacts.get(draftObject).version());
        assertThat(stories.findPublished(s.id())).isPresent();
        assertThat(stories.publishedFor(draftObject)).extracting(StorySummary::id).containsExactly(s.id());
    }
}
