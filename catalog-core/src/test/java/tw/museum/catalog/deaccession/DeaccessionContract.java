package tw.museum.catalog.deaccession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactHarvest;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.HarvestRecord;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.loan.LoanApplication;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectDecision;
import tw.museum.catalog.loan.ObjectReview;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.support.MutableClockConfiguration;

/**
 * Deaccession and disposal: proposal, the committee's decision by someone else, disposal, documents; the
 * record kept as DEACCESSIONED, gone from the public side and reported deleted to harvesters, never
 * published or lent again; concurrent proposals; on H2 and PostgreSQL.
 */
@Import(MutableClockConfiguration.class)
abstract class DeaccessionContract extends CatalogTestBase {

    static final String DIRECTOR = "director.huang";
    static final String REGISTRAR = "registrar.lee";

    @Autowired DeaccessionService deaccessions;
    @Autowired ArtifactService artifacts;
    @Autowired ArtifactHarvest harvest;
    @Autowired LoanService loans;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static void signInAs(String name) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, null, "ROLE_STAFF"));
    }

    String artifact(ArtifactStatus status) {
        String number = unique("DA");
        artifacts.create(new ArtifactData(number, Bilingual.of("破損的電晶體收音機", "Broken transistor radio"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                status);
        return number;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LoanService.MUSEUM_ZONE));
    }

    static DeaccessionProposal proposal(String... objects) {
        return new DeaccessionProposal(List.of(objects), List.of(DeaccessionReason.DUPLICATE, DeaccessionReason.BEYOND_REPAIR),
                "同型機已有三件，本件機殼碎裂且零件缺損，無修復價值。", DisposalMethod.TRANSFER, "國立臺南第一高級中學");
    }

    /** Proposed by the curator, approved as recorded by the director. */
    DeaccessionView approved(String... objects) {
        signInAs(CURATOR);
        DeaccessionView p = deaccessions.propose(proposal(objects));
        signInAs(DIRECTOR);
        return deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "典藏委員會 115-2 次會議紀錄第 4 案", null), p.version());
    }

    @Test
    void aProposalApprovedByTheCommitteeDeaccessionsItsObjectsAndTheDisposalClosesIt() {
        String one = artifact(ArtifactStatus.PUBLISHED);
        String two = artifact(ArtifactStatus.DRAFT);
        DeaccessionView proposed = deaccessions.propose(proposal(one, two));
        assertThat(proposed.number()).matches("DA-\\d{4}-\\d{4}");
        assertThat(proposed.status()).isEqualTo(DeaccessionStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo(CURATOR);
        assertThat(proposed.reasons()).containsExactly(DeaccessionReason.DUPLICATE, DeaccessionReason.BEYOND_REPAIR);
        assertThat(proposed.objects()).extracting(DeaccessionView.ObjectLine::objectNumber).containsExactly(one, two);
        // proposed only: still public
        assertThat(artifacts.findPublished(one)).isPresent();

        signInAs(DIRECTOR);
        DeaccessionView decided = deaccessions.decide(proposed.number(), new DeaccessionDecision(DecisionOutcome.APPROVED,
                today(), "典藏委員會 115-2", "全體委員同意"), proposed.version());
        assertThat(decided.status()).isEqualTo(DeaccessionStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(DIRECTOR);
        assertThat(decided.objects()).extracting(DeaccessionView.ObjectLine::status)
                .containsOnly(ArtifactStatus.DEACCESSIONED);
        assertThat(artifacts.get(one).status()).isEqualTo(ArtifactStatus.DEACCESSIONED);
        assertThat(artifacts.findPublished(one)).isEmpty();
        assertThat(artifacts.listPublished(tw.museum.catalog.artifact.ArtifactFilter.none(), PageRequest.of(0, 1000)))
                .extracting(v -> v.objectNumber()).doesNotContain(one, two);
        // once published, so harvesters hear it is gone; never published, so they never hear of it
        HarvestRecord gone = harvest.find(one).orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.view()).isNull();
        assertThat(harvest.find(two)).isEmpty();
        assertThat(artifacts.history(one).get(0).action()).isEqualTo(AuditAction.DEACCESSION);

        signInAs(REGISTRAR);
        DeaccessionView disposed = deaccessions.dispose(proposed.number(), new Disposal(DisposalMethod.TRANSFER,
                "國立臺南第一高級中學", today(), "交接清冊 2 頁"), decided.version());
        assertThat(disposed.status()).isEqualTo(DeaccessionStatus.DISPOSED);
        assertThat(disposed.disposalBy()).isEqualTo(REGISTRAR);
        assertThat(disposed.disposalRecipient()).isEqualTo("國立臺南第一高級中學");
        assertThat(deaccessions.history(proposed.number())).hasSize(3);
        assertThat(deaccessions.forArtifact(one)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(DeaccessionStatus.DISPOSED);
            assertThat(s.method()).isEqualTo(DisposalMethod.TRANSFER);
        });
        assertThat(deaccessions.list(DeaccessionStatus.DISPOSED, PageRequest.of(0, 500)))
                .extracting(DeaccessionSummary::number).contains(proposed.number());
        // the record is kept, and stays out of public view
        assertThat(artifacts.get(two).title().zh()).isEqualTo("破損的電晶體收音機");
    }

    @Test
    void aDeaccessionedRecordCannotBePublishedWithdrawnProposedAgainOrLent() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String loan = loans.apply(new LoanApplication("某館", null, "X", "x@example.org", null, true, "1", "特展", null,
                "館", null, null, null, List.of(a), today().plusDays(10), today().plusDays(40), null, null, "zh-TW", null))
                .number();
        approved(a); // a loan still waiting for review does not hold the object
        assertThatThrownBy(() -> artifacts.publish(a, null)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("status", "deaccessioned")));
        assertThatThrownBy(() -> artifacts.withdraw(a, null)).isInstanceOf(InvalidRecordException.class);
        assertThat(artifacts.get(a).status()).isEqualTo(ArtifactStatus.DEACCESSIONED);
        assertThatThrownBy(() -> deaccessions.propose(proposal(a))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("deaccessioned"));
        LoanView pending = loans.get(loan);
        assertThatThrownBy(() -> loans.review(loan, List.of(new ObjectReview(a, ObjectDecision.APPROVED, null, null,
                new BigDecimal("1000"), "TWD")), null, pending.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("objects[0]", "deaccessioned")));
        assertThatThrownBy(() -> artifacts.create(new ArtifactData(unique("X"), Bilingual.of("x", null), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ArtifactStatus.DEACCESSIONED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProposerCannotRecordTheCommitteesDecisionAndARefusalLeavesTheObjectsAsTheyWere() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        DeaccessionView p = deaccessions.propose(proposal(a));
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "M-1", null), p.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("decision-by-proposer"));
        signInAs(DIRECTOR);
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(null, today().plusDays(1), " ",
                "n".repeat(4001)), p.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("outcome", "required"), tuple("date", "date-future"), tuple("minuteReference", "required"),
                        tuple("note", "too-long")));
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.REFUSED,
                today().minusDays(3), "M-1", null), p.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("date-before-step"));
        DeaccessionView refused = deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.REFUSED, today(),
                "M-1", "仍具研究價值"), p.version());
        assertThat(refused.status()).isEqualTo(DeaccessionStatus.REFUSED);
        assertThat(artifacts.get(a).status()).isEqualTo(ArtifactStatus.PUBLISHED);
        assertThatThrownBy(() -> deaccessions.dispose(p.number(), new Disposal(DisposalMethod.DESTRUCTION, null, today(),
                null), refused.version())).isInstanceOfSatisfying(IllegalStepException.class,
                e -> assertThat(e.neededState()).isEqualTo(DeaccessionStatus.APPROVED));
        // a refused proposal is closed: the object may be proposed again later
        assertThat(deaccessions.propose(proposal(a)).status()).isEqualTo(DeaccessionStatus.PROPOSED);
    }

    @Test
    void badProposalsAreRefusedWithEveryProblemAndNothingIsStored() {
        String a = artifact(ArtifactStatus.DRAFT);
        long before = deaccessions.list(null, PageRequest.of(0, 1)).getTotalElements();
        DeaccessionProposal bad = new DeaccessionProposal(java.util.Arrays.asList(a, a, "NO-SUCH-OBJECT", " "), List.of(),
                " ", DisposalMethod.SALE, "r".repeat(501));
        assertThatThrownBy(() -> deaccessions.propose(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("objectNumbers[1]", "duplicate"), tuple("objectNumbers[2]", "unknown-artifact"),
                        tuple("objectNumbers[3]", "required"), tuple("reasons", "required"),
                        tuple("justification", "required"), tuple("proposedMethod", "sale-not-allowed"),
                        tuple("proposedRecipient", "too-long")));
        assertThatThrownBy(() -> deaccessions.propose(new DeaccessionProposal(List.of(), List.of(DeaccessionReason.OTHER),
                "x", null, null))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("objectNumbers", "proposedMethod"));
        assertThat(deaccessions.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);

        DeaccessionView open = deaccessions.propose(proposal(a));
        assertThatThrownBy(() -> deaccessions.propose(proposal(a))).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("deaccession-open");
                    assertThat(problem.arguments()).contains(open.number());
                }));
    }

    @Test
    void stepsNeedTheRightStateAndTheCurrentVersion() {
        String a = artifact(ArtifactStatus.DRAFT);
        DeaccessionView p = deaccessions.propose(proposal(a));
        signInAs(DIRECTOR);
        assertThatThrownBy(() -> deaccessions.dispose(p.number(), new Disposal(DisposalMethod.DESTRUCTION, null, today(), null),
                p.version())).isInstanceOf(IllegalStepException.class);
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "M", null), p.version() + 1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "M", null), null)).isInstanceOf(StaleVersionException.class);
        DeaccessionView cancelled = deaccessions.cancel(p.number().toLowerCase(), p.version());
        assertThat(cancelled.status()).isEqualTo(DeaccessionStatus.CANCELLED);
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "M", null), cancelled.version())).isInstanceOf(IllegalStepException.class);
        assertThat(artifacts.get(a).status()).isEqualTo(ArtifactStatus.DRAFT);

        DeaccessionView approved = approved(artifact(ArtifactStatus.DRAFT));
        signInAs(REGISTRAR);
        assertThatThrownBy(() -> deaccessions.dispose(approved.number(), new Disposal(DisposalMethod.RETURN, " ",
                today().plusDays(2), null), approved.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("recipient", "required"), tuple("date", "date-future")));
        assertThatThrownBy(() -> deaccessions.dispose(approved.number(), new Disposal(DisposalMethod.SALE, "拍賣公司", today(),
                null), approved.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("sale-not-allowed"));
        assertThat(deaccessions.dispose(approved.number(), new Disposal(DisposalMethod.DESTRUCTION, null, today(),
                "銷毀見證：總務組"), approved.version()).status()).isEqualTo(DeaccessionStatus.DISPOSED);
    }

    @Test
    void anObjectPromisedOnLoanCannotBeDeaccessionedUntilItsLoanIsOver() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String loan = loans.apply(new LoanApplication("某館", null, "X", "x@example.org", null, true, "1", "特展", null,
                "館", null, null, null, List.of(a), today().plusDays(10), today().plusDays(40), null, null, "zh-TW", null))
                .number();
        LoanView pending = loans.get(loan);
        LoanView approvedLoan = loans.review(loan, List.of(new ObjectReview(a, ObjectDecision.APPROVED, null, null,
                new BigDecimal("5000"), "TWD")), null, pending.version());
        DeaccessionView p = deaccessions.propose(proposal(a));
        signInAs(DIRECTOR);
        assertThatThrownBy(() -> deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(),
                "M", null), p.version())).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("objects[0]");
                    assertThat(problem.code()).isEqualTo("on-loan");
                    assertThat(problem.arguments()).contains(loan);
                }));
        assertThat(artifacts.get(a).status()).isEqualTo(ArtifactStatus.PUBLISHED);
        loans.cancel(loan, approvedLoan.version());
        assertThat(deaccessions.decide(p.number(), new DeaccessionDecision(DecisionOutcome.APPROVED, today(), "M", null),
                p.version()).status()).isEqualTo(DeaccessionStatus.APPROVED);
    }

    @Test
    void documentsArePdfsOrImagesKeptUnderASafeName() {
        String a = artifact(ArtifactStatus.DRAFT);
        DeaccessionView p = deaccessions.propose(proposal(a));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        DeaccessionView withDocument = deaccessions.attach(p.number(), "../../etc/會議紀錄<script>.pdf",
                new ByteArrayInputStream(pdf), p.version());
        assertThat(withDocument.documents()).singleElement().satisfies(d -> {
            assertThat(d.filename()).isEqualTo("會議紀錄script.pdf");
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.uploadedBy()).isEqualTo(CURATOR);
        });
        DocumentFile file = deaccessions.document(p.number(), withDocument.documents().get(0).id());
        assertThat(file.path()).exists().hasBinaryContent(pdf);
        assertThatThrownBy(() -> deaccessions.attach(p.number(), "notes.txt",
                new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)), withDocument.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("not-a-document"));
        assertThatThrownBy(() -> deaccessions.attach(p.number(), "x.pdf", new ByteArrayInputStream(pdf), p.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(deaccessions.get(p.number()).documents()).hasSize(1);
    }

    /** Two proposals of the same object at once, on two connections: one wins, the other names it. */
    @Test
    void twoProposalsOfTheSameObjectAtOnceCannotBothBeOpen() throws Exception {
        for (int round = 0; round < 3; round++) {
            String a = artifact(ArtifactStatus.DRAFT);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    results.add(pool.submit(() -> {
                        signInAs(CURATOR);
                        start.await();
                        try {
                            deaccessions.propose(proposal(a));
                            return true;
                        } catch (InvalidRecordException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int proposed = 0;
                for (Future<Boolean> f : results) {
                    proposed += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(proposed).isEqualTo(1);
                assertThat(deaccessions.forArtifact(a)).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
