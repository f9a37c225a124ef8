package tw.museum.catalog.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.HealthCheckCaseRepository;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.RequesterType;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.catalog.support.CatalogTestBase;

/** Condition checks of artifacts and of case objects: record, edit, history, photos, damage terms. */
abstract class ConditionCheckContract extends CatalogTestBase {

    @Autowired ConditionCheckService conditions;
    @Autowired ArtifactService artifacts;
    @Autowired HealthCheckService healthChecks;
    @Autowired HealthCheckCaseRepository cases;
    @Autowired AuditLog audit;

    String objectNumber;

    @BeforeEach
    void artifact() {
        objectNumber = unique("CND");
        artifacts.create(new ArtifactData(objectNumber, Bilingual.of("木雕神像", null), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    static ConditionCheckData data(ConditionContext context, LocalDate when, ConditionGrade grade, DamageData... damages) {
        return new ConditionCheckData(context, null, when, "保存師 王", Bilingual.of("木雕媽祖神像", "Carved wooden Mazu"),
                "雕塑", 1, Bilingual.of("清代", "Qing dynasty"), Bilingual.of("廟方世代傳承", null),
                Bilingual.of("木、漆、金箔", "wood, lacquer, gold leaf"), "高 45 × 寬 20 × 深 18 公分", grade,
                Bilingual.of("整體穩定，局部彩繪剝落", null), List.of(damages), Bilingual.of("香煙燻黑、濕度變化", null),
                RiskLevel.MEDIUM, Urgency.WITHIN_YEAR, Bilingual.of("清潔煙燻，加固彩繪", "Clean soot; consolidate paint"));
    }

    @Test
    void theSeededDamageTermsAreUsableAndAListIsNewestFirst() {
        ConditionCheckView older = conditions.record(ConditionSubject.artifact(objectNumber),
                data(ConditionContext.ACQUISITION, LocalDate.of(2020, 5, 1), ConditionGrade.GOOD));
        ConditionCheckView newer = conditions.record(ConditionSubject.artifact(objectNumber),
                data(ConditionContext.CONSERVATION, LocalDate.of(2025, 3, 2), ConditionGrade.FAIR,
                        new DamageData("flaking-paint", Bilingual.of("右袖", "right sleeve")),
                        new DamageData("smoke-damage", Bilingual.of("臉部", null))));

        assertThat(conditions.forArtifact(objectNumber)).extracting(ConditionCheckView::id)
                .containsExactly(newer.id(), older.id());
        ConditionCheckView read = conditions.get(newer.id());
        assertThat(read.damages()).extracting(d -> d.term().code()).containsExactly("flaking-paint", "smoke-damage");
        assertThat(read.damages().get(0).term().label()).isEqualTo(Bilingual.of("彩繪剝落", "Flaking paint"));
        assertThat(read.damages().get(0).location()).isEqualTo(Bilingual.of("右袖", "right sleeve"));
        assertThat(read.subject()).isEqualTo(ConditionSubject.artifact(objectNumber));
        assertThat(read.createdBy()).isEqualTo(CURATOR);
        assertThat(read.recommendations().en()).isEqualTo("Clean soot; consolidate paint");
    }

    @Test
    void aTreatmentRecordSaysWhatWasDoneAndJoinsTheArtifactsHistory() {
        ConditionCheckData examined = data(ConditionContext.CONSERVATION, LocalDate.of(2025, 3, 2), ConditionGrade.POOR);
        conditions.record(ConditionSubject.artifact(objectNumber), examined);
        ConditionCheckData withoutWork = withContext(examined, ConditionContext.TREATMENT, LocalDate.of(2025, 4, 10),
                ConditionGrade.GOOD, null);
        assertThatThrownBy(() -> conditions.record(ConditionSubject.artifact(objectNumber), withoutWork))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("treatment.zh", "required")));

        ConditionCheckView treated = conditions.record(ConditionSubject.artifact(objectNumber),
                withContext(examined, ConditionContext.TREATMENT, LocalDate.of(2025, 4, 10), ConditionGrade.GOOD,
                        Bilingual.of("以去離子水清潔煙燻，魚膠加固剝落彩繪", "Soot cleaned with deionised water; flaking paint consolidated with isinglass")));
        assertThat(conditions.get(treated.id()).treatment().zh()).isEqualTo("以去離子水清潔煙燻，魚膠加固剝落彩繪");
        assertThat(conditions.forArtifact(objectNumber)).extracting(ConditionCheckView::context, ConditionCheckView::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConditionContext.TREATMENT, ConditionGrade.GOOD),
                        org.assertj.core.groups.Tuple.tuple(ConditionContext.CONSERVATION, ConditionGrade.POOR));
    }

    private static ConditionCheckData withContext(ConditionCheckData d, ConditionContext context, LocalDate when,
                                                  ConditionGrade grade, Bilingual treatment) {
        return new ConditionCheckData(context, d.contextRef(), when, d.examinedBy(), d.identification(), d.category(),
                d.quantity(), d.period(), d.provenance(), d.materials(), d.dimensions(), grade, d.summary(), d.damages(),
                d.causes(), d.risk(), d.urgency(), d.recommendations(), treatment);
    }

    @Test
    void editsAreLockedAndAudited() {
        ConditionCheckView v = conditions.record(ConditionSubject.artifact(objectNumber),
                data(ConditionContext.LOAN_DEPARTURE, LocalDate.of(2026, 1, 5), ConditionGrade.GOOD));
        ConditionCheckView edited = conditions.update(v.id(), data(ConditionContext.LOAN_DEPARTURE,
                LocalDate.of(2026, 1, 5), ConditionGrade.POOR, new DamageData("cracking", null)), v.version());
        assertThat(edited.grade()).isEqualTo(ConditionGrade.POOR);
        assertThat(edited.version()).isGreaterThan(v.version());

        assertThatThrownBy(() -> conditions.update(v.id(), data(ConditionContext.LOAN_DEPARTURE,
                LocalDate.of(2026, 1, 5), ConditionGrade.GOOD), v.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(conditions.get(v.id()).grade()).isEqualTo(ConditionGrade.POOR);
        assertThat(audit.history(ConditionCheckService.AUDIT_TYPE, String.valueOf(v.id())))
                .extracting(a -> a.action()).contains(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnce() {
        ConditionCheckData bad = new ConditionCheckData(null, null, LocalDate.now().plusDays(3), " ", null, null, 0,
                null, null, null, null, null, null, List.of(new DamageData("no-such-damage", null)), null, null, null,
                null);
        assertThatThrownBy(() -> conditions.record(ConditionSubject.artifact(objectNumber), bad))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("context", "required"),
                                org.assertj.core.groups.Tuple.tuple("examinedAt", "in-future"),
                                org.assertj.core.groups.Tuple.tuple("examinedBy", "required"),
                                org.assertj.core.groups.Tuple.tuple("grade", "required"),
                                org.assertj.core.groups.Tuple.tuple("quantity", "too-small"),
                                org.assertj.core.groups.Tuple.tuple("damages[0].term", "unknown-term")));
        assertThat(conditions.forArtifact(objectNumber)).isEmpty();
    }

    @Test
    void caseObjectsHaveTheirOwnChecksAndAnnotatedPhotos() throws Exception {
        String number = healthChecks.submit(new CaseRequest(RequesterType.TEMPLE, "廟方", null, "t@example.org", null,
                null, true, "2026-1", 2, "神像兩尊", null, null, null, EnumSet.of(ServiceKind.HEALTH_CHECK), false, null,
                null, null, "zh-TW", null)).number();
        long caseId = cases.findByCaseNumber(number).orElseThrow().getId();

        ConditionCheckView first = conditions.record(ConditionSubject.caseObject(caseId, 1),
                data(ConditionContext.HEALTH_CHECK, LocalDate.now().minusDays(1), ConditionGrade.FAIR,
                        new DamageData("insect-damage", Bilingual.of("底座", "base"))));
        ConditionCheckView second = conditions.record(ConditionSubject.caseObject(caseId, 2),
                data(ConditionContext.HEALTH_CHECK, LocalDate.now().minusDays(1), ConditionGrade.GOOD));
        ConditionCheckView secondAgain = conditions.record(ConditionSubject.caseObject(caseId, 2),
                data(ConditionContext.HEALTH_CHECK, LocalDate.now(), ConditionGrade.POOR));

        assertThat(conditions.forCase(caseId)).extracting(ConditionCheckView::id)
                .containsExactly(first.id(), secondAgain.id(), second.id());
        assertThat(conditions.latestForCase(caseId)).extracting(ConditionCheckView::id)
                .containsExactly(first.id(), secondAgain.id());
        assertThat(first.subject()).isEqualTo(ConditionSubject.caseObject(caseId, 1));
        assertThatThrownBy(() -> conditions.record(ConditionSubject.caseObject(caseId, 0),
                data(ConditionContext.HEALTH_CHECK, LocalDate.now(), ConditionGrade.GOOD)))
                .isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void photosAreImagesOnlyAndKeepTheirAnnotation() throws Exception {
        ConditionCheckView v = conditions.record(ConditionSubject.artifact(objectNumber),
                data(ConditionContext.CONSERVATION, LocalDate.now(), ConditionGrade.FAIR));
        assertThatThrownBy(() -> conditions.addPhotos(v.id(),
                List.of(new ByteArrayResource(png()), new ByteArrayResource("not an image".getBytes())),
                List.of(), v.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("photos", "not-an-image", 2)));
        assertThat(conditions.get(v.id()).photos()).isEmpty();

        ConditionCheckView withPhoto = conditions.addPhotos(v.id(), List.of(new ByteArrayResource(png())),
                List.of(Bilingual.of("箭頭處為裂紋", "arrow: crack")), v.version());
        assertThat(withPhoto.photos()).hasSize(1);
        ConditionPhotoView photo = withPhoto.photos().get(0);
        assertThat(photo.annotation().zh()).isEqualTo("箭頭處為裂紋");
        assertThat(photo.mediaType()).isEqualTo("image/png");
        ConditionPhotoFile file = conditions.photo(v.id(), photo.id()).orElseThrow();
        assertThat(Files.size(file.path())).isPositive();
        assertThat(conditions.photo(v.id() + 999_999, photo.id())).isEmpty();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
