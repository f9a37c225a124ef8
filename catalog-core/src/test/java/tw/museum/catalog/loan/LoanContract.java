package tw.museum.catalog.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.test.context.TestPropertySource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.support.MutableClockConfiguration;

/** Loans out: applications, review, overlapping periods under concurrency, movement, reminders; on H2 and PostgreSQL. */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "museum.loans.reminder-days=-30,-7,0,7,30")
abstract class LoanContract extends CatalogTestBase {

    @Autowired LoanService loans;
    @Autowired LoanReminderJob reminders;
    @Autowired ArtifactService artifacts;
    @Autowired MutableClock clock;
    @Autowired ConditionCheckService conditions;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    /** A condition check of a lent object, as the conservator records it at departure or return. */
    LoanView check(String number, String objectNumber, ConditionContext context) {
        return loans.conditionCheck(number, objectNumber, new ConditionCheckData(context, null, today(), "保存科 王",
                null, null, null, null, null, null, null, ConditionGrade.GOOD, Bilingual.of("狀況穩定", "Stable"),
                null, null, null, null, null));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    LocalDate today() {
        return loans.today();
    }

    String artifact(ArtifactStatus status) {
        String number = unique("LOAN");
        artifacts.create(new ArtifactData(number, Bilingual.of("青花瓷瓶", "Blue-and-white vase"), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), status);
        return number;
    }

    static LoanApplication application(List<String> objects, LocalDate from, LocalDate to) {
        return new LoanApplication("國立臺灣博物館", "臺北市", "BORROWER-NAME", "registrar@ntm.example", "02-0000",
                true, "2026-1", "科學與工藝特展", "特展", "本館一樓特展室", "24 小時保全", "20°C / 50%RH", "50 lux",
                objects, from, to, "專業藝術品運輸", "釘到釘保險", "zh-TW", null);
    }

    String apply(LocalDate from, LocalDate to, String... objects) {
        return loans.apply(application(List.of(objects), from, to)).number();
    }

    LoanView approveAll(String number) {
        LoanView v = loans.get(number);
        List<ObjectReview> reviews = v.objects().stream().map(o -> new ObjectReview(o.objectNumber(),
                ObjectDecision.APPROVED, null, null, new BigDecimal("1500000"), "TWD")).toList();
        return loans.review(number, reviews, "展期間不得拍照閃光", v.version());
    }

    @Test
    void anApplicationGetsANumberAndHoldsTheRequestedPublishedObjects() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        Submission s = loans.apply(application(List.of(a), today().plusDays(30), today().plusDays(90)));
        assertThat(s.number()).matches("LN-\\d{4}-\\d{4}");
        LoanView view = loans.get(s.number());
        assertThat(view.status()).isEqualTo(LoanStatus.SUBMITTED);
        assertThat(view.borrower().contactName()).isEqualTo("BORROWER-NAME");
        assertThat(view.borrower().consentAt()).isNotNull();
        assertThat(view.objects()).extracting(LoanObjectView::objectNumber).containsExactly(a);
        assertThat(view.objects()).extracting(LoanObjectView::decision).containsExactly(ObjectDecision.PENDING);
    }

    @Test
    void draftsWithdrawnAndUnknownObjectsCannotBeRequested() {
        String draft = artifact(ArtifactStatus.DRAFT);
        String withdrawn = artifact(ArtifactStatus.WITHDRAWN);
        String published = artifact(ArtifactStatus.PUBLISHED);
        assertThatThrownBy(() -> apply(today().plusDays(1), today().plusDays(5), published, draft, withdrawn, "NO-SUCH"))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("objectNumbers[1]", "not-lendable"),
                                org.assertj.core.groups.Tuple.tuple("objectNumbers[2]", "not-lendable"),
                                org.assertj.core.groups.Tuple.tuple("objectNumbers[3]", "not-lendable")));
    }

    @Test
    void badApplicationsAreRefusedWithEveryProblemAtOnce() {
        LoanApplication bad = new LoanApplication(" ", null, null, "not-an-email", null, false, "2026-1", null, null,
                null, null, null, null, List.of(), today().minusDays(1), today().minusDays(3), null, null, "zh-TW", null);
        assertThatThrownBy(() -> loans.apply(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("institution", "contactName",
                        "contactEmail", "consent", "exhibitionTitle", "venue", "objectNumbers", "periodFrom", "periodTo"));
    }

    @Test
    void theReviewDecidesEachObjectAndApprovedObjectsNeedAnInsuranceValue() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String b = artifact(ArtifactStatus.PUBLISHED);
        String number = apply(today().plusDays(10), today().plusDays(40), a, b);
        long version = loans.get(number).version();
        assertThatThrownBy(() -> loans.review(number, List.of(
                new ObjectReview(a, ObjectDecision.APPROVED, null, null, null, "TWD"),
                new ObjectReview(b, ObjectDecision.REFUSED, null, null, null, null)), null, version))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("objects[0].insuranceValue", "objects[1].reason"));
        LoanView reviewed = loans.review(number, List.of(
                new ObjectReview(a, ObjectDecision.APPROVED, null, null, new BigDecimal("2000000"), "twd"),
                new ObjectReview(b, ObjectDecision.REFUSED, RefusalReason.FRAGILE, "漆面脆弱", null, null)),
                "恆溫恆濕", version);
        assertThat(reviewed.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(reviewed.conditions()).isEqualTo("恆溫恆濕");
        assertThat(reviewed.objects().get(0).insuranceValue()).isEqualByComparingTo("2000000");
        assertThat(reviewed.objects().get(0).insuranceCurrency()).isEqualTo("TWD");
        assertThat(reviewed.objects().get(1).refusalReason()).isEqualTo(RefusalReason.FRAGILE);
        assertThatThrownBy(() -> loans.review(number, List.of(), null, version)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void refusingEveryObjectDeclinesTheLoan() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String number = apply(today().plusDays(10), today().plusDays(40), a);
        LoanView v = loans.review(number, List.of(new ObjectReview(a, ObjectDecision.REFUSED, RefusalReason.ON_DISPLAY,
                null, null, null)), null, loans.get(number).version());
        assertThat(v.status()).isEqualTo(LoanStatus.DECLINED);
    }

    @Test
    void anObjectCannotBeLentTwiceForOverlappingPeriods() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String first = apply(today().plusDays(10), today().plusDays(40), a);
        String overlapping = apply(today().plusDays(30), today().plusDays(40), a);
        String after = apply(today().plusDays(41), today().plusDays(60), a);
        approveAll(first);
        assertThatThrownBy(() -> approveAll(overlapping)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("objects[0]");
                    assertThat(p.code()).isEqualTo("loan-overlap");
                    assertThat(p.arguments()).contains(a, first);
                }));
        assertThat(loans.get(overlapping).status()).isEqualTo(LoanStatus.SUBMITTED);
        assertThat(approveAll(after).status()).isEqualTo(LoanStatus.APPROVED);
        // a cancelled loan frees its objects
        loans.cancel(first, loans.get(first).version());
        assertThat(approveAll(overlapping).status()).isEqualTo(LoanStatus.APPROVED);
    }

    @Test
    void anObjectStillOutAfterItsReturnDateIsNotLentAgainUntilItIsBack() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String overdue = onLoanUntil(today().plusDays(5), a);
        clock.setDay(today().plusDays(12), LoanService.MUSEUM_ZONE);
        String next = apply(today(), today().plusDays(30), a);
        assertThatThrownBy(() -> approveAll(next)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("loan-overlap");
                    assertThat(p.arguments()).contains(a, overdue);
                }));
        check(overdue, a, ConditionContext.LOAN_RETURN);
        loans.returned(overdue, today(), loans.get(overdue).version());
        assertThat(approveAll(next).status()).isEqualTo(LoanStatus.APPROVED);
    }

    @Test
    void twoRegistrarsApprovingTheSameObjectAtOnceCannotBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String a = artifact(ArtifactStatus.PUBLISHED);
            String one = apply(today().plusDays(10), today().plusDays(40), a);
            String two = apply(today().plusDays(20), today().plusDays(50), a);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (String number : List.of(one, two)) {
                    results.add(pool.submit(() -> {
                        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                                new org.springframework.security.authentication.TestingAuthenticationToken("registrar", null));
                        start.await();
                        try {
                            approveAll(number);
                            return true;
                        } catch (InvalidRecordException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int approved = 0;
                for (Future<Boolean> f : results) {
                    approved += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(approved).isEqualTo(1);
                assertThat(List.of(loans.get(one).status(), loans.get(two).status()))
                        .containsExactlyInAnyOrder(LoanStatus.APPROVED, LoanStatus.SUBMITTED);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    LoanView agreed(String... objects) {
        String number = apply(today(), today().plusDays(60), objects);
        approveAll(number);
        return loans.uploadSignedAgreement(number,
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                loans.get(number).version());
    }

    @Test
    void objectsLeaveAndComeBackOnlyWithAConditionCheckEachWay() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String b = artifact(ArtifactStatus.PUBLISHED);
        LoanView loan = agreed(a, b);
        assertThat(loan.status()).isEqualTo(LoanStatus.AGREED);
        assertThat(loan.agreementSigned()).isTrue();
        assertThatThrownBy(() -> loans.depart(loan.number(), today(), loans.get(loan.number()).version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsOnly("condition-check-missing"));
        check(loan.number(), a, ConditionContext.LOAN_DEPARTURE);
        check(loan.number(), b, ConditionContext.LOAN_DEPARTURE);
        assertThatThrownBy(() -> loans.returned(loan.number(), today(), loans.get(loan.number()).version()))
                .isInstanceOf(IllegalLoanStepException.class);
        LoanView out = loans.depart(loan.number(), today(), loans.get(loan.number()).version());
        assertThat(out.status()).isEqualTo(LoanStatus.ON_LOAN);
        assertThat(loans.currentLoan(a)).hasValueSatisfying(l -> {
            assertThat(l.institution()).isEqualTo("國立臺灣博物館");
            assertThat(l.loanNumber()).isEqualTo(loan.number());
        });
        assertThatThrownBy(() -> loans.returned(loan.number(), today(), out.version()))
                .isInstanceOf(InvalidRecordException.class);
        check(loan.number(), a, ConditionContext.LOAN_RETURN);
        check(loan.number(), b, ConditionContext.LOAN_RETURN);
        LoanView back = loans.returned(loan.number(), today(), loans.get(loan.number()).version());
        assertThat(back.status()).isEqualTo(LoanStatus.RETURNED);
        assertThat(back.objects()).extracting(LoanObjectView::returnCheckId).doesNotContainNull();
        assertThat(conditions.forArtifact(a)).extracting(ConditionCheckView::context, ConditionCheckView::contextRef)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ConditionContext.LOAN_DEPARTURE, loan.number()),
                        org.assertj.core.groups.Tuple.tuple(ConditionContext.LOAN_RETURN, loan.number()));
        assertThat(loans.currentLoan(a)).isEmpty();
        assertThat(loans.history(a)).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(LoanStatus.RETURNED);
            assertThat(h.departedOn()).isEqualTo(today());
        });
    }

    /** Departure and return are movements: out to the borrower's venue, back to each object's home shelf. */
    @Test
    void departureAndReturnMoveTheObjectsOutAndBackHome() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String code = unique("LOANSHELF").toUpperCase();
        LocationView shelf = locations.create(new LocationData(code, Bilingual.of("貸展暫存架", null), LocationKind.SHELF,
                null, null, null));
        movements.move(new MoveRequest(List.of(a), Destination.at(shelf.id()), MovementReason.STORAGE, null, null, null, true));
        LoanView loan = agreed(a);
        check(loan.number(), a, ConditionContext.LOAN_DEPARTURE);
        loans.depart(loan.number(), today(), loans.get(loan.number()).version());
        ObjectLocation out = movements.whereIs(a);
        assertThat(out.current().offSite()).contains("國立臺灣博物館", "本館一樓特展室");
        assertThat(out.reason()).isEqualTo(MovementReason.LOAN);
        assertThat(out.reference()).isEqualTo(loan.number());
        assertThat(out.home().code()).isEqualTo(code);
        check(loan.number(), a, ConditionContext.LOAN_RETURN);
        loans.returned(loan.number(), today(), loans.get(loan.number()).version());
        assertThat(movements.whereIs(a).current().location().code()).isEqualTo(code);
        assertThat(movements.history(a)).extracting(MovementView::reason, MovementView::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MovementReason.LOAN, loan.number()),
                org.assertj.core.groups.Tuple.tuple(MovementReason.LOAN, loan.number()),
                org.assertj.core.groups.Tuple.tuple(MovementReason.STORAGE, null));
    }

    String onLoanUntil(LocalDate returnDate) {
        return onLoanUntil(returnDate, artifact(ArtifactStatus.PUBLISHED));
    }

    String onLoanUntil(LocalDate returnDate, String a) {
        String number = apply(today(), returnDate, a);
        approveAll(number);
        loans.uploadSignedAgreement(number, new ByteArrayInputStream("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                loans.get(number).version());
        check(number, a, ConditionContext.LOAN_DEPARTURE);
        loans.depart(number, today(), loans.get(number).version());
        return number;
    }

    private List<Integer> sent(String number) {
        return reminders.sent(loans.find(number).getId());
    }

    @Test
    void remindersGoOutOnTheConfiguredDaysOnceEachAsTheClockMoves() {
        LocalDate start = today();
        LocalDate due = start.plusDays(45);
        String number = onLoanUntil(due);
        reminders.run();
        assertThat(sent(number)).isEmpty();
        clock.setDay(due.minusDays(30), LoanService.MUSEUM_ZONE);
        reminders.run();
        reminders.run();
        assertThat(sent(number)).containsExactly(-30);
        clock.setDay(due.minusDays(8), LoanService.MUSEUM_ZONE);
        reminders.run();
        assertThat(sent(number)).containsExactly(-30);
        clock.setDay(due.minusDays(7), LoanService.MUSEUM_ZONE);
        reminders.run();
        clock.setDay(due, LoanService.MUSEUM_ZONE);
        reminders.run();
        assertThat(sent(number)).containsExactly(-30, -7, 0);
        assertThat(loans.overdue()).extracting(LoanSummary::number).doesNotContain(number);
        // the job missed days 7 to 29 after: only the latest reminder due goes out
        clock.setDay(due.plusDays(31), LoanService.MUSEUM_ZONE);
        reminders.run();
        assertThat(sent(number)).containsExactly(-30, -7, 0, 30);
        assertThat(loans.overdue()).extracting(LoanSummary::number).contains(number);
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        LocalDate due = today().plusDays(20);
        List<String> numbers = List.of(onLoanUntil(due), onLoanUntil(due), onLoanUntil(due));
        clock.setDay(due.plusDays(7), LoanService.MUSEUM_ZONE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return reminders.run();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : runs) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            // other tests' loans may be out too: what counts is that ours got exactly one each
            assertThat(total).isGreaterThanOrEqualTo(3);
            for (String n : numbers) {
                assertThat(sent(n)).containsExactly(7);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRegistrarsListShowsNoContactDetailsOrInsuranceValues() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String number = apply(today().plusDays(10), today().plusDays(40), a);
        approveAll(number);
        assertThat(loans.list(null, PageRequest.of(0, 500)).getContent())
                .filteredOn(s -> s.number().equals(number)).singleElement()
                .satisfies(s -> assertThat(s.toString()).doesNotContain("BORROWER-NAME", "registrar@ntm.example", "1500000"));
    }
}
