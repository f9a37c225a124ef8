package tw.museum.catalog.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Authoring, scheduling and the public side of learning units, written once for H2 and PostgreSQL. */
@Import(LearningUnitContract.Clocks.class)
abstract class LearningUnitContract extends CatalogTestBase {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired LearningUnitService units;
    @Autowired ArtifactService artifacts;
    @Autowired MediaService media;
    @Autowired TermService terms;
    @Autowired MutableClock clock;

    String theme;
    String radio;
    String chip;
    String draft;
    MediaView chipImage;

    @BeforeEach
    void catalogue() throws IOException {
        theme = terms.create(Vocabulary.SUBJECT, new TermData(unique("semi"), Bilingual.of("半導體", "Semiconductors"),
                null, null, null)).code();
        radio = published("收音機");
        chip = published("晶片");
        chipImage = media.attach(chip, "chip.png", new ByteArrayInputStream(png()), MediaDescription.none());
        draft = unique("D");
        artifacts.create(artifact(draft, "DRAFTONLY"));
    }

    private String published(String title) {
        String number = unique("L");
        artifacts.create(artifact(number, title), ArtifactStatus.PUBLISHED);
        return number;
    }

    private static ArtifactData artifact(String number, String title) {
        return new ArtifactData(number, Bilingual.of(title, null), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    LearningUnitData data(String slug, Long version) {
        return new LearningUnitData(slug, Bilingual.of("臺灣半導體產業史", "Taiwan's semiconductor industry"),
                Bilingual.of("從收音機到晶片。", "From radios to chips."), List.of(theme), AgeGroup.JUNIOR_HIGH,
                Bilingual.of("認識電晶體\n理解晶圓製程", "Know the transistor\nUnderstand wafers"),
                Bilingual.of("晶片在哪裡？", null),
                List.of(new Reference(Bilingual.of("科工館年報", "Annual report"), "https://example.org/report")),
                List.of(new SectionData(Bilingual.of("真空管時代", "Valves"), Bilingual.of("起初……", null),
                                List.of(new ItemData(radio, null, Bilingual.of("一台收音機", null)),
                                        new ItemData(draft, null, null))),
                        new SectionData(Bilingual.of("晶片時代", "Chips"), Bilingual.of("後來……", null),
                                List.of(new ItemData(chip, chipImage.id(), null)))),
                version);
    }

    @Test
    void createsWithItemsResolvedAndHistory() {
        String slug = unique("semi");
        LearningUnitView unit = units.create(data(slug, null));
        assertThat(unit.status()).isEqualTo(UnitStatus.DRAFT);
        assertThat(unit.themes()).extracting(t -> t.code()).containsExactly(theme);
        assertThat(unit.sections()).hasSize(2);
        assertThat(unit.sections().get(0).items()).extracting(ItemView::objectNumber).containsExactly(radio, draft);
        assertThat(unit.sections().get(1).items().get(0).mediaId()).isEqualTo(chipImage.id());

        LearningUnitView edited = units.update(slug, withTitle(data(slug, unit.version()), "新標題"));
        assertThat(edited.title().zh()).isEqualTo("新標題");
        List<AuditRecord> history = units.history(slug);
        assertThat(history).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(0).changes()).anySatisfy(c -> assertThat(c.path()).isEqualTo("/title/zh"));
        assertThat(history.get(0).actor()).isEqualTo(CURATOR);
    }

    @Test
    void refusesBadInputWithEveryProblem() {
        LearningUnitData bad = new LearningUnitData("Not A Slug", Bilingual.empty(), null, List.of("no-such-theme"),
                null, null, null, List.of(new Reference(null, "ftp:/x")),
                List.of(new SectionData(null, null, List.of(new ItemData("NO-SUCH-OBJECT", null, null),
                        new ItemData(radio, chipImage.id(), null)))), null);
        assertThatThrownBy(() -> units.create(bad)).isInstanceOfSatisfying(InvalidRecordException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).contains(
                        org.assertj.core.groups.Tuple.tuple("slug", "slug-format"),
                        org.assertj.core.groups.Tuple.tuple("title.zh", "required"),
                        org.assertj.core.groups.Tuple.tuple("ageGroup", "required"),
                        org.assertj.core.groups.Tuple.tuple("themes[0]", "unknown-term"),
                        org.assertj.core.groups.Tuple.tuple("references[0].url", "url-format"),
                        org.assertj.core.groups.Tuple.tuple("sections[0].items[0].objectNumber", "unknown-artifact"),
                        org.assertj.core.groups.Tuple.tuple("sections[0].items[1].mediaId", "unknown-media")));
        String slug = unique("dup");
        units.create(data(slug, null));
        assertThatThrownBy(() -> units.create(data(slug, null))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).contains("duplicate"));
    }

    @Test
    void staleEditsAreRefused() {
        String slug = unique("stale");
        LearningUnitView unit = units.create(data(slug, null));
        units.update(slug, data(slug, unit.version()));
        assertThatThrownBy(() -> units.update(slug, data(slug, unit.version()))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> units.moveSection(slug, 0, 1, unit.version())).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> units.schedule(slug, clock.instant(), unit.version())).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void reorderingSectionsTakesTheirItemsAlong() {
        String slug = unique("order");
        LearningUnitView unit = units.create(data(slug, null));
        LearningUnitView moved = units.moveSection(slug, 1, -1, unit.version());
        assertThat(moved.sections()).extracting(s -> s.heading().zh()).containsExactly("晶片時代", "真空管時代");
        assertThat(moved.sections().get(0).items()).extracting(ItemView::objectNumber).containsExactly(chip);
        assertThat(moved.sections().get(1).items()).extracting(ItemView::objectNumber).containsExactly(radio, draft);
        assertThat(units.get(slug).sections().get(0).heading().zh()).isEqualTo("晶片時代");
        assertThatThrownBy(() -> units.moveSection(slug, 0, -1, moved.version())).isInstanceOf(InvalidRecordException.class);
        assertThat(units.history(slug).get(0).action()).isEqualTo(AuditAction.UPDATE);
    }

    @Test
    void scheduledUnitsStayInvisibleUntilDue() {
        String slug = unique("sched");
        LearningUnitView unit = units.create(data(slug, null));
        assertThat(units.findPublished(slug)).isEmpty();

        LearningUnitView scheduled = units.schedule(slug, clock.instant().plus(Duration.ofDays(1)), unit.version());
        assertThat(scheduled.status()).isEqualTo(UnitStatus.SCHEDULED);
        assertThat(units.findPublished(slug)).isEmpty();
        assertThat(units.listPublished(null, null)).extracting(UnitSummary::slug).doesNotContain(slug);
        assertThat(units.publishedContaining(radio)).extracting(UnitSummary::slug).doesNotContain(slug);

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(units.get(slug).status()).isEqualTo(UnitStatus.PUBLISHED);
        assertThat(units.findPublished(slug)).isPresent();
        assertThat(units.listPublished(theme, AgeGroup.JUNIOR_HIGH)).extracting(UnitSummary::slug).contains(slug);
        assertThat(units.listPublished(theme, AgeGroup.PRIMARY)).extracting(UnitSummary::slug).doesNotContain(slug);
        assertThat(units.listPublished("other-theme", null)).extracting(UnitSummary::slug).doesNotContain(slug);
        assertThat(units.publishedContaining(radio)).extracting(UnitSummary::slug).contains(slug);
        assertThat(units.publishedThemes()).extracting(t -> t.code()).contains(theme);

        units.unpublish(slug, units.get(slug).version());
        assertThat(units.findPublished(slug)).isEmpty();
        assertThat(units.history(slug)).extracting(AuditRecord::action)
                .containsExactly(AuditAction.WITHDRAW, AuditAction.PUBLISH, AuditAction.CREATE);
    }

    @Test
    void publicViewLeavesOutDraftAndWithdrawnArtifacts() {
        String slug = unique("leak");
        LearningUnitView unit = units.create(data(slug, null));
        units.schedule(slug, clock.instant(), unit.version());
        PublicLearningUnitView before = units.findPublished(slug).orElseThrow();
        assertThat(before.artifacts()).extracting(a -> a.objectNumber()).containsExactly(radio, chip);
        assertThat(before.sections().get(1).items().get(0).media().id()).isEqualTo(chipImage.id());
        assertThat(before.cover().artifact().objectNumber()).isEqualTo(chip);
        assertThat(before.goalLines("zh")).containsExactly("認識電晶體", "理解晶圓製程");
        assertThat(before.goalLines("en")).containsExactly("Know the transistor", "Understand wafers");

        artifacts.withdraw(radio, artifacts.get(radio).version());
        PublicLearningUnitView after = units.findPublished(slug).orElseThrow();
        assertThat(after.artifacts()).extracting(a -> a.objectNumber()).containsExactly(chip);
        assertThat(after.sections().get(0).items()).isEmpty();
        assertThat(units.publishedContaining(radio)).isEmpty();
        // staff still see the whole story, with the status of each item
        assertThat(units.get(slug).sections().get(0).items()).extracting(ItemView::artifactStatus)
                .containsExactly(ArtifactStatus.WITHDRAWN, ArtifactStatus.DRAFT);
    }

    private static LearningUnitData withTitle(LearningUnitData d, String zh) {
        return new LearningUnitData(d.slug(), Bilingual.of(zh, d.title().en()), d.summary(), d.themes(), d.ageGroup(),
                d.goals(), d.questions(), d.references(), d.sections(), d.version());
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
