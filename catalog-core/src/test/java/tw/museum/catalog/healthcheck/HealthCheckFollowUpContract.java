package tw.museum.catalog.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.OutgoingMail;
import tw.museum.catalog.support.CatalogTestBase;

/** After the examination: records per object, report versions, invoices and payments, surveys, retention. */
@org.springframework.test.context.TestPropertySource(properties = {"museum.health-check.fees.case-base=1000",
        "museum.health-check.fees.per-object.HEALTH_CHECK=2000"})
abstract class HealthCheckFollowUpContract extends CatalogTestBase {

    @Autowired HealthCheckService service;
    @Autowired HealthCheckExaminations examinations;
    @Autowired HealthCheckReports reports;
    @Autowired HealthCheckBilling billing;
    @Autowired HealthCheckSurveys surveys;
    @Autowired CaseRetention retention;
    @Autowired HealthCheckCaseRepository caseRepository;
    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate tx;

    private String caseAt(CaseStatus status) {
        String number = service.submit(HealthCheckContract.request(null)).number();
        for (CaseStatus s : List.of(CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED,
                CaseStatus.SCHEDULED, CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED, CaseStatus.PAID, CaseStatus.CLOSED)) {
            if (service.get(number).status() == status) {
                break;
            }
            FollowUpFixtures.step(service, examinations, reports, billing, number, s);
        }
        assertThat(service.get(number).status()).isEqualTo(status);
        return number;
    }

    @Test
    void examinationsArePerObjectOfTheCaseAndNeededForEveryObjectBeforeExamined() {
        String number = caseAt(CaseStatus.SCHEDULED);
        assertThatThrownBy(() -> examinations.record(number, 4, FollowUpFixtures.examination()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("objectNo", "out-of-range", 1, 3)));
        ConditionCheckView first = examinations.record(number, 1, FollowUpFixtures.examination());
        assertThat(first.context()).isEqualTo(ConditionContext.HEALTH_CHECK);
        assertThat(first.contextRef()).isEqualTo(number);

        long version = service.get(number).version();
        assertThatThrownBy(() -> service.transition(number, CaseStatus.EXAMINED, null, version))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("status", "examination-missing", 1, 3)));
        examinations.record(number, 2, FollowUpFixtures.examination());
        examinations.record(number, 3, FollowUpFixtures.examination());
        assertThat(service.transition(number, CaseStatus.EXAMINED, null, version).status()).isEqualTo(CaseStatus.EXAMINED);
        assertThat(examinations.latest(number)).extracting(v -> v.subject().caseObjectNo()).containsExactly(1, 2, 3);

        String other = caseAt(CaseStatus.SCHEDULED);
        assertThatThrownBy(() -> examinations.get(other, first.id())).isInstanceOf(RecordNotFoundException.class);
        String early = caseAt(CaseStatus.ACCEPTED);
        assertThatThrownBy(() -> examinations.record(early, 1, FollowUpFixtures.examination()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("status", "not-examinable")));
    }

    @Test
    void reportsAreVersionedAndTheFirstIssueMovesTheCaseOn() throws Exception {
        String number = caseAt(CaseStatus.EXAMINED);
        long version = service.get(number).version();
        assertThatThrownBy(() -> service.transition(number, CaseStatus.REPORT_ISSUED, null, version))
                .isInstanceOf(InvalidRecordException.class);

        assertThat(reports.nextReportNumber(number)).isEqualTo(number + "-R1");
        ReportVersion first = reports.issue(number, number + "-R1", FollowUpFixtures.PDF, null);
        assertThat(service.get(number).status()).isEqualTo(CaseStatus.REPORT_ISSUED);
        assertThat(first.issuedBy()).isEqualTo(CURATOR);

        assertThatThrownBy(() -> reports.issue(number, number + "-R1", FollowUpFixtures.PDF, null))
                .as("a stale report number").isInstanceOf(InvalidRecordException.class);
        byte[] corrected = "%PDF-1.4\n%corrected\n%%EOF\n".getBytes();
        reports.issue(number, number + "-R2", corrected, "尺寸更正");
        assertThat(reports.versions(number)).extracting(ReportVersion::reportNumber)
                .containsExactly(number + "-R2", number + "-R1");
        assertThat(reports.current(number).orElseThrow().note()).isEqualTo("尺寸更正");
        assertThat(Files.readAllBytes(reports.file(number, null))).isEqualTo(corrected);
        assertThat(Files.readAllBytes(reports.file(number, 1))).isEqualTo(FollowUpFixtures.PDF);
        assertThat(service.get(number).status()).as("reissue keeps the status").isEqualTo(CaseStatus.REPORT_ISSUED);
    }

    @Test
    void partialPaymentsLeaveABalanceAndTheSettlingOneMovesTheCaseToPaid() {
        String number = caseAt(CaseStatus.REPORT_ISSUED);
        assertThatThrownBy(() -> billing.pay(number, new PaymentData(100L, PaymentMethod.CASH, null, LocalDate.now()), null))
                .isInstanceOf(InvalidRecordException.class);
        InvoiceView invoice = billing.invoice(number, 12_000L, LocalDate.now().plusDays(30), null);
        assertThat(invoice.invoiceNumber()).isEqualTo(number.replace("HC-", "INV-"));

        InvoiceView part = billing.pay(number, new PaymentData(5_000L, PaymentMethod.BANK_TRANSFER, "匯款 0423",
                LocalDate.now(HealthCheckService.MUSEUM_ZONE)), invoice.version());
        assertThat(part.paid()).isEqualTo(5_000);
        assertThat(part.outstanding()).isEqualTo(7_000);
        assertThat(service.get(number).status()).isEqualTo(CaseStatus.REPORT_ISSUED);
        assertThat(billing.outstanding()).extracting(InvoiceView::caseNumber).contains(number);

        assertThatThrownBy(() -> billing.pay(number, new PaymentData(8_000L, null, null,
                LocalDate.now().plusDays(2)), part.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("amount", "exceeds-balance"),
                                org.assertj.core.groups.Tuple.tuple("method", "required"),
                                org.assertj.core.groups.Tuple.tuple("paidOn", "in-future")));
        assertThatThrownBy(() -> billing.invoice(number, 1L, null, part.version())).isInstanceOf(InvalidRecordException.class);

        InvoiceView settled = billing.pay(number, new PaymentData(7_000L, PaymentMethod.CASH, null,
                LocalDate.now(HealthCheckService.MUSEUM_ZONE)), part.version());
        assertThat(settled.outstanding()).isZero();
        assertThat(settled.payments()).hasSize(2);
        assertThat(service.get(number).status()).isEqualTo(CaseStatus.PAID);
        assertThat(billing.outstanding()).extracting(InvoiceView::caseNumber).doesNotContain(number);

        YearMonth thisMonth = YearMonth.now(HealthCheckService.MUSEUM_ZONE);
        List<MonthlyRevenue> months = billing.monthlyRevenue(Year.of(thisMonth.getYear()));
        assertThat(months).hasSize(12);
        assertThat(months.get(thisMonth.getMonthValue() - 1).total()).isGreaterThanOrEqualTo(12_000);
    }

    @Test
    void theSurveyIsAnsweredOnceAfterTheCaseClosesAndSummarisedPerPeriod() {
        String open = caseAt(CaseStatus.PAID);
        assertThatThrownBy(() -> surveys.answer(open, 5, null)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("survey", "case-not-closed")));
        String number = caseAt(CaseStatus.CLOSED);
        assertThatThrownBy(() -> surveys.answer(number, 6, null)).isInstanceOf(InvalidRecordException.class);
        surveys.answer(number, 4, "報告清楚，建議實用");
        assertThatThrownBy(() -> surveys.answer(number, 5, null)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("survey", "already-answered")));
        LocalDate today = LocalDate.now(HealthCheckService.MUSEUM_ZONE);
        SurveyResults results = surveys.results(today.minusDays(1), today);
        assertThat(results.count()).isPositive();
        assertThat(results.answers()).extracting(SurveyAnswer::comment).contains("報告清楚，建議實用");
        assertThat(surveys.results(today.minusYears(3), today.minusYears(2)).count()).isZero();
    }

    @Test
    void contactDetailsOfCasesEndedLongerThanTheRetentionAreErased() {
        String ended = caseAt(CaseStatus.CLOSED);
        String running = caseAt(CaseStatus.SCHEDULED);
        tx.execute(s -> outbox.enqueue(new OutgoingMail("keeper@example.org", "s", "b",
                HealthCheckMailerTopics.topic(ended))));

        assertThat(retention.anonymiseEndedBefore(Instant.now().minus(Duration.ofDays(1)))).as("not yet").isZero();
        int erased = retention.anonymiseEndedBefore(Instant.now().plus(Duration.ofDays(1)));
        assertThat(erased).isPositive();
        CaseView gone = service.get(ended);
        assertThat(gone.requester().name()).isEqualTo(HealthCheckCase.ANONYMISED);
        assertThat(gone.requester().email()).isEqualTo(HealthCheckCase.ANONYMISED_EMAIL);
        assertThat(gone.requester().phone()).isNull();
        assertThat(gone.requester().address()).isNull();
        assertThat(gone.timeline()).hasSize(9); // the case itself stays
        assertThat(outbox.byTopic(HealthCheckMailerTopics.topic(ended))).isEmpty();
        assertThat(service.get(running).requester().name()).startsWith(HealthCheckContract.PERSONAL);
        assertThat(retention.anonymiseEndedBefore(Instant.now().plus(Duration.ofDays(1))))
                .as("done once").isLessThan(erased + 1);
    }
}
