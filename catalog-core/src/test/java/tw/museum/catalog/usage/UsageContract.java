package tw.museum.catalog.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.exhibition.ExhibitData;
import tw.museum.catalog.exhibition.ExhibitionData;
import tw.museum.catalog.exhibition.ExhibitionKind;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.ItemData;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.SectionData;
import tw.museum.catalog.loan.LoanApplication;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.support.CatalogTestBase;

/** Recorded uses and an object's whole usage history, written once for H2 and PostgreSQL. */
abstract class UsageContract extends CatalogTestBase {

    @Autowired CollectionUseService uses;
    @Autowired UsageHistoryService usage;
    @Autowired ArtifactService artifacts;
    @Autowired ExhibitionService exhibitions;
    @Autowired LearningUnitService learningUnits;
    @Autowired LoanService loans;

    String artifact(ArtifactStatus status) {
        String number = unique("USE") + "/2";
        artifacts.create(new ArtifactData(number, Bilingual.of("縫紉機", "Sewing machine"), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null), status);
        return number;
    }

    static CollectionUseData workshop(Long version, LocalDate from, String... objects) {
        return new CollectionUseData(UseKind.WORKSHOP, Bilingual.of("親子縫紉工作坊", "Family sewing workshop"), from,
                from.plusDays(1), "USER-NAME 國小三年級", "示範操作，不讓學員觸摸", List.of(objects), version);
    }

    @Test
    void aUseIsRecordedForSeveralObjectsEditedOnTheCurrentVersionOnlyAndAudited() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String b = artifact(ArtifactStatus.DRAFT);
        CollectionUseView recorded = uses.record(workshop(null, LocalDate.of(2026, 3, 7), a, b));
        assertThat(recorded.objects()).extracting(UsedObject::objectNumber).containsExactly(a, b);
        assertThat(recorded.createdBy()).isEqualTo(CURATOR);

        CollectionUseView edited = uses.update(recorded.id(), new CollectionUseData(UseKind.RESEARCH,
                Bilingual.of("材質研究", null), LocalDate.of(2026, 3, 8), null, "研究員", null, List.of(a), recorded.version()));
        assertThat(edited.kind()).isEqualTo(UseKind.RESEARCH);
        assertThatThrownBy(() -> uses.update(recorded.id(), workshop(recorded.version(), LocalDate.of(2026, 3, 7), a)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(uses.get(recorded.id()).purpose().zh()).isEqualTo("材質研究");
        assertThat(uses.forArtifact(a)).extracting(CollectionUseView::id).contains(recorded.id());
        assertThat(uses.forArtifact(b)).extracting(CollectionUseView::id).doesNotContain(recorded.id());
        assertThat(uses.history(recorded.id())).extracting(AuditRecord::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(uses.recent(10)).extracting(CollectionUseView::id).contains(recorded.id());
    }

    @Test
    void badUsesAreRefusedWithEveryProblemAtOnce() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        CollectionUseData bad = new CollectionUseData(null, Bilingual.of(null, "x".repeat(1001)),
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, null, List.of(a, "NO-SUCH", a, ""), null);
        assertThatThrownBy(() -> uses.record(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("kind", "required"), tuple("purpose.zh", "required"), tuple("purpose.en", "too-long"),
                        tuple("usedUntil", "before-start"), tuple("objectNumbers[1]", "unknown-artifact"),
                        tuple("objectNumbers[2]", "listed-twice"), tuple("objectNumbers[3]", "required")));
        assertThatThrownBy(() -> uses.record(new CollectionUseData(UseKind.OTHER, Bilingual.of("x", null), null, null,
                null, null, List.of(), null))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("usedFrom", "objectNumbers"));
    }

    @Test
    void theUsageHistoryGathersExhibitionsLoansLearningUnitsWebsiteAndRecordedUses() {
        String object = artifact(ArtifactStatus.DRAFT);
        String other = artifact(ArtifactStatus.PUBLISHED);
        artifacts.publish(object, artifacts.get(object).version());
        artifacts.withdraw(object, artifacts.get(object).version());
        artifacts.publish(object, artifacts.get(object).version());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        String exhibition = exhibitions.create(new ExhibitionData(Bilingual.of("縫紉機特展", null), null,
                Bilingual.of("一樓大廳", null), ExhibitionKind.IN_HOUSE, null, today.minusYears(1), today.minusMonths(6),
                null, List.of(new ExhibitData(object, null, null)), null)).number();
        String loan = loans.apply(new LoanApplication("國立臺灣博物館", "臺北市", "BORROWER", "registrar@ntm.example", null,
                true, "2026-1", "生活器物展", "特展", "一樓", "保全", "20°C", "50 lux", List.of(object),
                today.plusDays(30), today.plusDays(90), "運輸", "保險", "zh-TW", null)).number();
        String slug = unique("sewing").toLowerCase();
        learningUnits.create(new LearningUnitData(slug, Bilingual.of("縫紉的故事", null), null, List.of(), AgeGroup.FAMILY,
                null, null, List.of(), List.of(new SectionData(Bilingual.of("一", null), null,
                List.of(new ItemData(object, null, null)))), null));
        long use = uses.record(workshop(null, today.minusDays(3), object)).id();
        uses.record(workshop(null, today.minusDays(2), other));

        List<UsageEntry> history = usage.forArtifact(object);
        assertThat(history).extracting(UsageEntry::kind, UsageEntry::reference).contains(
                tuple(UsageKind.EXHIBITION, exhibition), tuple(UsageKind.LOAN, loan),
                tuple(UsageKind.LEARNING_UNIT, slug), tuple(UsageKind.RECORDED_USE, String.valueOf(use)));
        assertThat(history).filteredOn(e -> e.kind() == UsageKind.RECORDED_USE).hasSize(1);
        assertThat(history).filteredOn(e -> e.kind() == UsageKind.LEARNING_UNIT).extracting(UsageEntry::state)
                .containsExactly("DRAFT");
        // published, withdrawn and published again: two periods on the website, the second still running
        List<UsageEntry> online = history.stream().filter(e -> e.kind() == UsageKind.WEBSITE).toList();
        assertThat(online).hasSize(2);
        assertThat(online).filteredOn(e -> e.until() == null).hasSize(1);
        assertThat(online).allSatisfy(e -> assertThat(e.from()).isEqualTo(LocalDate.ofInstant(Instant.now(), ZoneId.of("Asia/Taipei"))));
        // newest first, entries without a date (a draft unit) at the top
        assertThat(history.get(0).kind()).isEqualTo(UsageKind.LEARNING_UNIT);
        assertThat(history.get(1).kind()).isEqualTo(UsageKind.LOAN);
        assertThat(history.get(history.size() - 1).kind()).isEqualTo(UsageKind.EXHIBITION);
        assertThatThrownBy(() -> usage.forArtifact("NO-SUCH-OBJECT")).isInstanceOf(RecordNotFoundException.class);
    }
}
