package tw.museum.catalog.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.support.CatalogTestBase;

/** Health-check cases: numbering, the process, access codes, throttling; written once, run on H2 and PostgreSQL. */
@TestPropertySource(properties = {"museum.health-check.access.max-failures-per-case=3",
        "museum.health-check.access.max-failures-per-client=6",
        "museum.health-check.fees.case-base=1000",
        "museum.health-check.fees.per-object.HEALTH_CHECK=2000",
        "museum.health-check.fees.per-object.CONDITION_REPORT=1500",
        "museum.health-check.fees.on-site-travel=3000",
        "museum.health-check.fees.urgent-percent=50",
        "museum.health-check.fees.discount-percent.TEMPLE=20"})
abstract class HealthCheckContract extends CatalogTestBase {

    static final String PERSONAL = "PERSONAL-MARKER-";

    @Autowired HealthCheckService service;
    @Autowired AuditLog audit;
    @Autowired HealthCheckExaminations examinations;
    @Autowired HealthCheckReports reports;
    @Autowired HealthCheckBilling billing;

    static CaseRequest request(String token) {
        return new CaseRequest(RequesterType.TEMPLE, PERSONAL + "name", "某宮廟", "keeper@example.org", "02-1234",
                PERSONAL + "address", true, "2026-1", 3, "神像三尊", "木、漆", "清代", "高 60 公分",
                EnumSet.of(ServiceKind.HEALTH_CHECK, ServiceKind.CONDITION_REPORT), false, null,
                LocalDate.now().plusDays(10), LocalDate.now().plusDays(20), "zh-TW", token);
    }

    /** One step of the process as staff take it; a quote is drafted from the fee schedule before it is sent. */
    CaseView step(String number, CaseStatus target) {
        return FollowUpFixtures.step(service, examinations, reports, billing, number, target);
    }

    private int year() {
        return LocalDate.now(HealthCheckService.MUSEUM_ZONE).getYear();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void submittingGivesANumberOfTheYearAndACodeStoredOnlyAsAHash() {
        Submission s = service.submit(request(null));
        assertThat(s.number()).matches("HC-" + year() + "-\\d{4}");
        assertThat(s.accessCode()).hasSize(12).matches("[" + AccessCodes.ALPHABET + "]+");
        assertThat(s.repeated()).isFalse();
        HealthCheckCase stored = service.find(s.number());
        assertThat(stored.getAccessCodeHash()).doesNotContain(s.accessCode()).hasSize(64);
        CaseView view = service.get(s.number());
        assertThat(view.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(view.requester().consentVersion()).isEqualTo("2026-1");
        assertThat(view.requester().consentAt()).isNotNull();
        assertThat(view.timeline()).extracting(TimelineEntry::status).containsExactly(CaseStatus.SUBMITTED);
        // the audit trail keeps the case's state, never the requester's personal data
        assertThat(audit.history("health-check", s.number())).singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.CREATE))
                .satisfies(r -> assertThat(r.changes().toString()).doesNotContain(PERSONAL));
    }

    @Test
    void numbersFollowEachOtherWithoutGapsUnderConcurrentSubmission() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> submit = () -> {
                    start.await();
                    return service.submit(request(null)).number();
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> sequences = new ArrayList<>();
            for (Future<String> f : results) {
                sequences.add(sequence(f.get(30, TimeUnit.SECONDS)));
            }
            sequences.sort(null);
            int first = sequences.get(0);
            assertThat(sequences).containsExactly(first, first + 1, first + 2, first + 3, first + 4, first + 5,
                    first + 6, first + 7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedSubmissionUsesNoNumber() {
        int before = sequence(service.submit(request(null)).number());
        CaseRequest noConsent = new CaseRequest(RequesterType.COLLECTOR, "x", null, "not-an-email", null, null,
                false, "2026-1", 0, "", null, null, null, Set.of(), true, "", null, null, "en", null);
        assertThatThrownBy(() -> service.submit(noConsent))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("consent", "consent-required"),
                                org.assertj.core.groups.Tuple.tuple("email", "email-format"),
                                org.assertj.core.groups.Tuple.tuple("objectCount", "out-of-range"),
                                org.assertj.core.groups.Tuple.tuple("objectDescription", "required"),
                                org.assertj.core.groups.Tuple.tuple("services", "required"),
                                org.assertj.core.groups.Tuple.tuple("siteAddress", "required")));
        assertThat(sequence(service.submit(request(null)).number())).isEqualTo(before + 1);
    }

    @Test
    void theSameFormSubmittedTwiceMakesOneCase() {
        String token = unique("form");
        Submission first = service.submit(request(token));
        Submission again = service.submit(request(token));
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.repeated()).isTrue();
        assertThat(again.accessCode()).isNull();
        assertThat(service.findSubmission(token)).map(Submission::number).contains(first.number());
    }

    @Test
    void everyLegalTransitionIsAllowedAndEveryOtherRefused() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = legal(from, to);
                assertThat(CaseTransitions.allowed(from, to)).as(from + " → " + to).isEqualTo(expected);
                if (!expected) {
                    assertThatThrownBy(() -> CaseTransitions.check(from, to))
                            .isInstanceOf(IllegalTransitionException.class);
                }
            }
        }
        assertThat(CaseStatus.CLOSED.isFinal()).isTrue();
        assertThat(CaseStatus.DECLINED.isFinal()).isTrue();
        assertThat(CaseStatus.CANCELLED.isFinal()).isTrue();
        assertThat(CaseStatus.SUBMITTED.isFinal()).isFalse();
    }

    /** The process as the issue states it, written out independently of CaseTransitions. */
    private static boolean legal(CaseStatus from, CaseStatus to) {
        List<CaseStatus> mainLine = List.of(CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.QUOTED,
                CaseStatus.QUOTE_ACCEPTED, CaseStatus.SCHEDULED, CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED,
                CaseStatus.PAID, CaseStatus.CLOSED);
        int i = mainLine.indexOf(from);
        if (i >= 0 && i + 1 < mainLine.size() && mainLine.get(i + 1) == to) {
            return true;
        }
        if (from == CaseStatus.SUBMITTED && to == CaseStatus.DECLINED) {
            return true;
        }
        if (from == CaseStatus.QUOTED && to == CaseStatus.ACCEPTED) {
            return true; // quote declined: the museum quotes again
        }
        return to == CaseStatus.CANCELLED && i >= 0 && i < mainLine.indexOf(CaseStatus.EXAMINED);
    }

    @Test
    void aCaseWalksTheWholeProcessAndTheTimelineRecordsWhoAndWhen() {
        String number = service.submit(request(null)).number();
        CaseStatus[] steps = {CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED, CaseStatus.SCHEDULED,
                CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED, CaseStatus.PAID, CaseStatus.CLOSED};
        for (CaseStatus step : steps) {
            step(number, step);
        }
        CaseView closed = service.get(number);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.timeline()).extracting(TimelineEntry::status).containsExactly(CaseStatus.SUBMITTED,
                CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED, CaseStatus.SCHEDULED,
                CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED, CaseStatus.PAID, CaseStatus.CLOSED);
        assertThat(closed.timeline().subList(1, 9)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(CURATOR);
            assertThat(e.at()).isNotNull();
        });
        assertThat(closed.nextStatuses()).isEmpty();
        assertThat(closed.scheduledFor()).isEqualTo(LocalDate.now(HealthCheckService.MUSEUM_ZONE).plusDays(7));
        assertThat(closed.timeline().get(4).note()).isEqualTo(closed.scheduledFor().toString());
        assertThatThrownBy(() -> service.transition(number, CaseStatus.CANCELLED, null, closed.version()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void cancellationOnlyBeforeExamination() {
        String early = service.submit(request(null)).number();
        step(early, CaseStatus.ACCEPTED);
        step(early, CaseStatus.QUOTED);
        CaseView cancelled = service.transition(early, CaseStatus.CANCELLED, "requester withdrew", service.get(early).version());
        assertThat(cancelled.timeline().get(cancelled.timeline().size() - 1).note()).isEqualTo("requester withdrew");

        String late = service.submit(request(null)).number();
        for (CaseStatus step : List.of(CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED,
                CaseStatus.SCHEDULED, CaseStatus.EXAMINED)) {
            step(late, step);
        }
        long version = service.get(late).version();
        assertThatThrownBy(() -> service.transition(late, CaseStatus.CANCELLED, null, version))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(CaseStatus.EXAMINED);
                    assertThat(e.to()).isEqualTo(CaseStatus.CANCELLED);
                });
        assertThat(service.get(late).status()).isEqualTo(CaseStatus.EXAMINED);
    }

    @Test
    void schedulingNeedsADateNotInThePast() {
        String number = service.submit(request(null)).number();
        for (CaseStatus s : List.of(CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED)) {
            step(number, s);
        }
        long version = service.get(number).version();
        assertThatThrownBy(() -> service.transition(number, CaseStatus.SCHEDULED, null, null, version))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("scheduledFor", "required")));
        assertThatThrownBy(() -> service.transition(number, CaseStatus.SCHEDULED, null,
                LocalDate.now(HealthCheckService.MUSEUM_ZONE).minusDays(1), version))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("date-past"));
    }

    @Test
    void theRequesterMayWithdrawUntilTheExamination() {
        Submission s = service.submit(request(null));
        assertThat(service.open(s.number(), s.accessCode(), unique("c")).view().cancellable()).isTrue();
        assertThat(service.cancelByRequester(s.number(), "WRONGCODE", unique("c"), null).granted()).isFalse();
        CaseAccess cancelled = service.cancelByRequester(s.number(), s.accessCode(), unique("c"), "已自行處理");
        assertThat(cancelled.view().status()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(cancelled.view().cancellable()).isFalse();
        assertThat(service.get(s.number()).timeline()).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(HealthCheckService.REQUESTER_ACTOR);
            assertThat(e.note()).isEqualTo("已自行處理");
        });
        assertThatThrownBy(() -> service.cancelByRequester(s.number(), s.accessCode(), unique("c"), null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void declineNeedsAReasonAndStaleEditsAreRefused() {
        String number = service.submit(request(null)).number();
        long version = service.get(number).version();
        assertThatThrownBy(() -> service.transition(number, CaseStatus.DECLINED, " ", version))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("required"));
        assertThatThrownBy(() -> service.transition(number, CaseStatus.ACCEPTED, null, version - 1))
                .isInstanceOf(StaleVersionException.class);
        CaseView declined = service.transition(number, CaseStatus.DECLINED, "超出本館服務範圍", version);
        assertThat(declined.timeline()).last().satisfies(e -> {
            assertThat(e.status()).isEqualTo(CaseStatus.DECLINED);
            assertThat(e.note()).isEqualTo("超出本館服務範圍");
        });
    }

    @Test
    void theRightCodeOpensTheCaseWithoutPersonalDataAndAWrongOneNothing() {
        Submission mine = service.submit(request(null));
        Submission theirs = service.submit(request(null));
        String client = unique("client");

        CaseAccess access = service.open(mine.number(), mine.accessCode().toLowerCase(), client);
        assertThat(access.granted()).isTrue();
        assertThat(access.view().number()).isEqualTo(mine.number());
        assertThat(access.view().toString()).doesNotContain(PERSONAL).doesNotContain("keeper@example.org");

        assertThat(service.open(mine.number(), theirs.accessCode(), client).outcome()).isEqualTo(CaseAccess.Outcome.DENIED);
        assertThat(service.open("HC-1999-0001", mine.accessCode(), client).outcome()).isEqualTo(CaseAccess.Outcome.DENIED);
        assertThat(service.open("nonsense", "", client).outcome()).isEqualTo(CaseAccess.Outcome.DENIED);
    }

    @Test
    void repeatedWrongCodesAreThrottledPerCaseAndPerClient() {
        Submission s = service.submit(request(null));
        for (int i = 0; i < 3; i++) {
            assertThat(service.open(s.number(), "WRONGCODE" + i, unique("guesser")).outcome())
                    .isEqualTo(CaseAccess.Outcome.DENIED);
        }
        // three failures for this number from anywhere: now even the right code is refused for a while
        assertThat(service.open(s.number(), s.accessCode(), unique("owner")).outcome())
                .isEqualTo(CaseAccess.Outcome.THROTTLED);

        // one client trying many numbers is stopped too
        String client = unique("scanner");
        Submission other = service.submit(request(null));
        for (int i = 0; i < 6; i++) {
            service.open("HC-2000-%04d".formatted(i), "X", client);
        }
        assertThat(service.open(other.number(), other.accessCode(), client).outcome())
                .isEqualTo(CaseAccess.Outcome.THROTTLED);
        assertThat(service.open(other.number(), other.accessCode(), unique("someone-else")).granted()).isTrue();
    }

    @Test
    void messagesGoBothWays() {
        Submission s = service.submit(request(null));
        CaseAccess after = service.postRequesterMessage(s.number(), s.accessCode(), unique("c"), "請問何時到府？");
        assertThat(after.view().messages()).extracting(RequesterCaseView.Message::author)
                .containsExactly(MessageAuthor.REQUESTER);
        service.postMuseumMessage(s.number(), "預計下週三。");
        CaseView staff = service.get(s.number());
        assertThat(staff.messages()).extracting(MessageView::author, MessageView::authorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MessageAuthor.REQUESTER, null),
                        org.assertj.core.groups.Tuple.tuple(MessageAuthor.MUSEUM, CURATOR));
        assertThat(service.postRequesterMessage(s.number(), "WRONG", unique("c"), "spam").granted()).isFalse();
        assertThat(service.get(s.number()).messages()).hasSize(2);
        assertThat(service.queue(CaseStatus.SUBMITTED, PageRequest.of(0, 500)).getContent())
                .extracting(CaseSummary::number).contains(s.number());
    }

    @Test
    void quotesAreComputedFromTheFeeSchedule() {
        String number = service.submit(request(null)).number();
        step(number, CaseStatus.ACCEPTED);
        // temple, 3 objects, health check + condition report, at the museum, urgent
        CaseView drafted = service.draftQuote(number, true, service.get(number).version());
        assertThat(drafted.quote().lines()).extracting(QuoteView.Line::kind, QuoteView.Line::quantity,
                QuoteView.Line::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(QuoteLineKind.BASE, 1, 1000L),
                org.assertj.core.groups.Tuple.tuple(QuoteLineKind.SERVICE, 3, 6000L),
                org.assertj.core.groups.Tuple.tuple(QuoteLineKind.SERVICE, 3, 4500L),
                org.assertj.core.groups.Tuple.tuple(QuoteLineKind.URGENCY, 1, 5750L),
                org.assertj.core.groups.Tuple.tuple(QuoteLineKind.DISCOUNT, 1, -3450L));
        assertThat(drafted.quote().total()).isEqualTo(13800L);
        assertThat(drafted.quote().status()).isEqualTo(QuoteStatus.DRAFT);
    }

    @Test
    void aDraftIsEditedThenSentAndTheRequesterAnswersIt() {
        Submission s = service.submit(request(null));
        String number = s.number();
        step(number, CaseStatus.ACCEPTED);
        assertThatThrownBy(() -> service.transition(number, CaseStatus.QUOTED, null, service.get(number).version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("quote-missing"));
        service.draftQuote(number, false, service.get(number).version());
        // the requester never sees a draft
        assertThat(service.open(number, s.accessCode(), unique("c")).view().quote()).isNull();

        List<QuoteLineData> edited = List.of(
                new QuoteLineData(QuoteLineKind.SERVICE, ServiceKind.HEALTH_CHECK, null, 3, 1800),
                new QuoteLineData(QuoteLineKind.OTHER, null, "除塵材料", 1, 500),
                new QuoteLineData(QuoteLineKind.DISCOUNT, null, null, 1, -300));
        assertThat(service.editQuote(number, edited, service.get(number).version()).quote().total()).isEqualTo(5600L);
        assertThatThrownBy(() -> service.editQuote(number, List.of(
                new QuoteLineData(QuoteLineKind.DISCOUNT, null, null, 1, 300),
                new QuoteLineData(QuoteLineKind.OTHER, null, null, 0, 10)), service.get(number).version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("positive-discount", "out-of-range"));
        assertThatThrownBy(() -> service.editQuote(number, List.of(
                new QuoteLineData(QuoteLineKind.DISCOUNT, null, null, 1, -300)), service.get(number).version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("negative-total"));

        service.transition(number, CaseStatus.QUOTED, null, service.get(number).version());
        RequesterCaseView seen = service.open(number, s.accessCode(), unique("c")).view();
        assertThat(seen.quote().status()).isEqualTo(QuoteStatus.SENT);
        assertThat(seen.quote().total()).isEqualTo(5600L);
        // a sent quote cannot be edited any more
        assertThatThrownBy(() -> service.editQuote(number, edited, service.get(number).version()))
                .isInstanceOf(InvalidRecordException.class);

        CaseAccess declined = service.answerQuote(number, s.accessCode(), unique("c"), false, "太貴了");
        assertThat(declined.view().status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(declined.view().quote().status()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(declined.view().quote().decisionNote()).isEqualTo("太貴了");

        CaseView second = service.draftQuote(number, false, service.get(number).version());
        assertThat(second.quote().quoteNo()).isEqualTo(2);
        service.transition(number, CaseStatus.QUOTED, null, second.version());
        CaseAccess accepted = service.answerQuote(number, s.accessCode(), unique("c"), true, null);
        assertThat(accepted.view().status()).isEqualTo(CaseStatus.QUOTE_ACCEPTED);
        assertThat(accepted.view().quote().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(service.get(number).timeline()).last().satisfies(e ->
                assertThat(e.actor()).isEqualTo(HealthCheckService.REQUESTER_ACTOR));
        // answering again is a step the process does not have
        assertThatThrownBy(() -> service.answerQuote(number, s.accessCode(), unique("c"), true, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> service.draftQuote(number, false, service.get(number).version()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void photosMustBeImagesWithinTheLimits() throws Exception {
        var photo = new org.springframework.core.io.ByteArrayResource(png(40, 30));
        Submission s = service.submit(request(null), List.of(photo));
        CaseView view = service.get(s.number());
        assertThat(view.photos()).singleElement().satisfies(p -> {
            assertThat(p.mediaType()).isEqualTo("image/png");
            assertThat(p.width()).isEqualTo(40);
        });
        assertThat(service.photo(s.number(), view.photos().get(0).id()).path()).exists();

        var text = new org.springframework.core.io.ByteArrayResource("not a photo".getBytes());
        var huge = new org.springframework.core.io.ByteArrayResource(new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> service.submit(request(null), List.of(photo, text, huge)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("photos", "not-an-image"),
                                org.assertj.core.groups.Tuple.tuple("photos", "photo-too-large")));
        List<org.springframework.core.io.ByteArrayResource> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(photo);
        }
        assertThatThrownBy(() -> service.submit(request(null), eleven))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("too-many-photos"));
    }
}
