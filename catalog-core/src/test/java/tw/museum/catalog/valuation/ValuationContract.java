package tw.museum.catalog.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
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
 * Valuations: history, the current insurance value, corrections with their audit, the insurance value of
 * loans taken from and recorded as valuations, and the V13 migration of the old insurance values; on H2
 * and PostgreSQL.
 */
@Import(MutableClockConfiguration.class)
abstract class ValuationContract extends CatalogTestBase {

    @Autowired ValuationService valuations;
    @Autowired ArtifactService artifacts;
    @Autowired LoanService loans;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String artifact(ArtifactStatus status) {
        String number = unique("VAL");
        artifacts.create(new ArtifactData(number, Bilingual.of("銅製天平", "Brass balance"), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null), status);
        return number;
    }

    static ValuationData valuation(String amount, String currency, LocalDate on, ValuationPurpose purpose) {
        return new ValuationData(amount == null ? null : new BigDecimal(amount), currency, on, "佳士得 估價部 陳",
                purpose, "APPR-2025-17", "依同類拍賣紀錄估算", null);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LoanService.MUSEUM_ZONE));
    }

    @Test
    void historyIsNewestFirstAndTheCurrentInsuranceValueIsTheNewestInsuranceValuation() {
        String a = artifact(ArtifactStatus.DRAFT);
        valuations.record(a, valuation("80000", "TWD", LocalDate.of(2019, 5, 1), ValuationPurpose.ACQUISITION));
        valuations.record(a, valuation("150000", "TWD", LocalDate.of(2021, 3, 1), ValuationPurpose.INSURANCE));
        ValuationView newest = valuations.record(a, valuation("12500.50", "usd", LocalDate.of(2024, 8, 15),
                ValuationPurpose.INSURANCE));
        // recorded later but valued earlier: history keeps the valuation date's order
        valuations.record(a, valuation("90000", "TWD", LocalDate.of(2020, 1, 1), ValuationPurpose.INSURANCE));
        valuations.record(a, valuation("200000", "TWD", LocalDate.of(2025, 1, 1), ValuationPurpose.MARKET));

        assertThat(valuations.forArtifact(a)).extracting(ValuationView::valuedOn).containsExactly(
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 8, 15), LocalDate.of(2021, 3, 1),
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 5, 1));
        ValuationView current = valuations.currentInsurance(a).orElseThrow();
        assertThat(current.id()).isEqualTo(newest.id());
        assertThat(current.amount()).isEqualByComparingTo("12500.5");
        assertThat(current.currency()).isEqualTo("USD");
        assertThat(current.valuer()).isEqualTo("佳士得 估價部 陳");
        assertThat(current.recordedBy()).isEqualTo(CURATOR);
        assertThat(valuations.currentInsurance(artifact(ArtifactStatus.DRAFT))).isEmpty();
        assertThat(valuations.history(a)).hasSize(5).allSatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.CREATE));
    }

    @Test
    void badValuationsAreRefusedNamingEveryFieldAndNothingIsStored() {
        String a = artifact(ArtifactStatus.DRAFT);
        ValuationData bad = new ValuationData(new BigDecimal("-5"), "NT$", today().plusDays(1), " ", null,
                "r".repeat(201), null, null);
        assertThatThrownBy(() -> valuations.record(a, bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("amount", "negative"),
                        org.assertj.core.groups.Tuple.tuple("currency", "currency-format"),
                        org.assertj.core.groups.Tuple.tuple("valuedOn", "date-future"),
                        org.assertj.core.groups.Tuple.tuple("purpose", "required"),
                        org.assertj.core.groups.Tuple.tuple("valuer", "required"),
                        org.assertj.core.groups.Tuple.tuple("reference", "too-long")));
        // cents are kept exactly: a third decimal is refused, not rounded away
        assertThatThrownBy(() -> valuations.record(a, valuation("10.005", "TWD", today(), ValuationPurpose.INSURANCE)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("too-many-decimals"));
        assertThatThrownBy(() -> valuations.record(a, valuation("1000000000000", "TWD", today(), ValuationPurpose.INSURANCE)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("out-of-range"));
        assertThatThrownBy(() -> valuations.record("NO-SUCH-" + a, valuation("1", "TWD", today(), ValuationPurpose.INSURANCE)))
                .isInstanceOf(tw.museum.catalog.common.RecordNotFoundException.class);
        assertThat(valuations.forArtifact(a)).isEmpty();
    }

    @Test
    void aCorrectionKeepsBeforeAndAfterInTheAuditTrailAndAStaleOneIsRefused() {
        String a = artifact(ArtifactStatus.DRAFT);
        ValuationView v = valuations.record(a, valuation("300000", "TWD", LocalDate.of(2025, 2, 1), ValuationPurpose.INSURANCE));
        ValuationView corrected = valuations.correct(v.id(), new ValuationData(new BigDecimal("320000"), "TWD",
                LocalDate.of(2025, 2, 3), "佳士得 估價部 陳", ValuationPurpose.INSURANCE, "APPR-2025-17", "更正誤植", v.version()));
        assertThat(corrected.amount()).isEqualByComparingTo("320000");
        assertThat(corrected.version()).isGreaterThan(v.version());
        assertThat(valuations.forArtifact(a)).singleElement().extracting(ValuationView::valuedOn).isEqualTo(LocalDate.of(2025, 2, 3));
        AuditRecord update = valuations.history(a).get(0);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.changes()).anySatisfy(c -> {
            assertThat(c.path()).isEqualTo("/amount");
            assertThat(new BigDecimal(c.before())).isEqualByComparingTo("300000");
            assertThat(new BigDecimal(c.after())).isEqualByComparingTo("320000");
        });
        assertThatThrownBy(() -> valuations.correct(v.id(), valuation("1", "TWD", today(), ValuationPurpose.INSURANCE)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> valuations.correct(v.id(), new ValuationData(BigDecimal.ONE, "TWD", today(), "x",
                ValuationPurpose.INSURANCE, null, null, v.version()))).isInstanceOf(StaleVersionException.class);
        assertThat(valuations.currentInsurance(a).orElseThrow().amount()).isEqualByComparingTo("320000");
    }

    String apply(String... objects) {
        return loans.apply(new LoanApplication("國立臺灣博物館", "臺北市", "BORROWER", "registrar@ntm.example", null,
                true, "2026-1", "度量衡特展", null, "一樓特展室", null, null, null, List.of(objects),
                today().plusDays(30), today().plusDays(90), null, null, "zh-TW", null)).number();
    }

    LoanView review(String number, BigDecimal value, String currency) {
        LoanView loan = loans.get(number);
        return loans.review(number, loan.objects().stream().map(o -> new ObjectReview(o.objectNumber(),
                ObjectDecision.APPROVED, null, null, value, currency)).toList(), null, loan.version());
    }

    @Test
    void aLoanLeftEmptyTakesTheCurrentInsuranceValuationAndATypedValueBecomesOne() {
        String valued = artifact(ArtifactStatus.PUBLISHED);
        ValuationView current = valuations.record(valued, valuation("2500000", "TWD", today().minusYears(1),
                ValuationPurpose.INSURANCE));

        LoanView fromValuation = review(apply(valued), null, null);
        assertThat(fromValuation.objects()).singleElement().satisfies(o -> {
            assertThat(o.insuranceValuationId()).isEqualTo(current.id());
            assertThat(o.insuranceValue()).isEqualByComparingTo("2500000");
            assertThat(o.insuranceCurrency()).isEqualTo("TWD");
        });
        assertThat(valuations.forArtifact(valued)).hasSize(1); // the same value is not a second valuation

        clock.advance(java.time.Duration.ofDays(200)); // each loan after the one before: no overlapping periods
        String sameTyped = apply(valued);
        LoanView same = review(sameTyped, new BigDecimal("2500000.00"), "twd");
        assertThat(same.objects().get(0).insuranceValuationId()).isEqualTo(current.id());

        clock.advance(java.time.Duration.ofDays(200));
        String raised = apply(valued);
        LoanView typed = review(raised, new BigDecimal("3100000"), "TWD");
        ValuationView recorded = valuations.currentInsurance(valued).orElseThrow();
        assertThat(recorded.id()).isNotEqualTo(current.id()).isEqualTo(typed.objects().get(0).insuranceValuationId());
        assertThat(recorded.amount()).isEqualByComparingTo("3100000");
        assertThat(recorded.reference()).isEqualTo(raised);
        assertThat(recorded.purpose()).isEqualTo(ValuationPurpose.INSURANCE);
        assertThat(recorded.valuedOn()).isEqualTo(today());
        assertThat(recorded.valuer()).isEqualTo(CURATOR);
        // the earlier loans keep the value they were approved with
        assertThat(loans.get(fromValuation.number()).objects().get(0).insuranceValue()).isEqualByComparingTo("2500000");

        String unvalued = artifact(ArtifactStatus.PUBLISHED);
        String number = apply(unvalued);
        assertThatThrownBy(() -> review(number, null, null)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("objects[0].insuranceValue", "insurance-value-required")));
        assertThat(valuations.forArtifact(unvalued)).isEmpty();
    }

    @Test
    void theValueALoanWasApprovedWithCannotBeCorrectedAwayButItsNotesCan() {
        String a = artifact(ArtifactStatus.PUBLISHED);
        String number = apply(a);
        review(number, new BigDecimal("480000"), "TWD");
        ValuationView agreed = valuations.currentInsurance(a).orElseThrow();
        assertThat(valuations.loansUsing(agreed.id())).containsExactly(number);

        assertThatThrownBy(() -> valuations.correct(agreed.id(), new ValuationData(new BigDecimal("1"), "TWD",
                agreed.valuedOn(), agreed.valuer(), ValuationPurpose.INSURANCE, agreed.reference(), null, agreed.version())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "valuation-in-loan")));
        ValuationView noted = valuations.correct(agreed.id(), new ValuationData(agreed.amount(), "TWD", agreed.valuedOn(),
                "登錄組 李", ValuationPurpose.INSURANCE, agreed.reference(), "依借展合約", agreed.version()));
        assertThat(noted.notes()).isEqualTo("依借展合約");
        assertThat(loans.get(number).objects().get(0).insuranceValue()).isEqualByComparingTo("480000");
    }

    /**
     * V13 on a database holding insurance values the old way: on the catalogue record and typed into a loan
     * review. Both become insurance valuations and the loan object points at its own; nothing is lost.
     */
    @Test
    void theMigrationMovesOldInsuranceValuesIntoValuations() {
        String schema = "v13_" + Long.toString(System.nanoTime(), 36);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).target("10").load().migrate();
            Timestamp at = Timestamp.from(Instant.parse("2025-06-30T02:00:00Z"));
            jdbc.update("INSERT INTO " + schema + ".artifact (id, object_number, title_zh, status, insurance_value,"
                    + " insurance_currency, created_at, created_by, updated_at, updated_by, version)"
                    + " VALUES (7, 'OLD-7', '舊紀錄', 'PUBLISHED', 120000.50, 'TWD', ?, 'lin', ?, 'lin', 3)", at, at);
            jdbc.update("INSERT INTO " + schema + ".artifact (id, object_number, title_zh, status, created_at, created_by,"
                    + " updated_at, updated_by, version) VALUES (8, 'OLD-8', '未估價', 'DRAFT', ?, 'lin', ?, 'lin', 0)", at, at);
            jdbc.update("INSERT INTO " + schema + ".loan (id, loan_number, language, institution, contact_name, contact_email,"
                    + " consent_at, consent_version, exhibition_title, venue, period_from, period_to, status, reviewed_by,"
                    + " reviewed_at, created_at, updated_at, version) VALUES (1, 'LN-2025-0009', 'zh-TW', '某館', 'X',"
                    + " 'x@example.org', ?, '1', '展', '館', DATE '2025-08-01', DATE '2025-09-01', 'APPROVED', 'lee', ?, ?, ?, 1)",
                    at, at, at, at);
            jdbc.update("INSERT INTO " + schema + ".loan_object (id, loan_id, artifact_id, position, decision,"
                    + " insurance_value, insurance_currency) VALUES (11, 1, 7, 0, 'APPROVED', 990000, 'USD')");

            Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();

            List<Map<String, Object>> rows = jdbc.queryForList("SELECT artifact_id, amount, currency, valued_on, valuer,"
                    + " purpose, reference, notes, id FROM " + schema + ".valuation ORDER BY id");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("artifact_id", 7L).containsEntry("currency", "TWD")
                    .containsEntry("purpose", "INSURANCE");
            assertThat((BigDecimal) rows.get(0).get("amount")).isEqualByComparingTo("120000.50");
            assertThat((String) rows.get(0).get("notes")).contains("insurance value");
            assertThat((BigDecimal) rows.get(1).get("amount")).isEqualByComparingTo("990000");
            assertThat(rows.get(1)).containsEntry("currency", "USD").containsEntry("reference", "LN-2025-0009")
                    .containsEntry("valuer", "lee");
            assertThat(jdbc.queryForObject("SELECT valuation_id FROM " + schema + ".loan_object WHERE id = 11", Long.class))
                    .isEqualTo(((Number) rows.get(1).get("id")).longValue());
            assertThat(jdbc.queryForList("SELECT * FROM " + schema + ".artifact WHERE id = 7").get(0).keySet())
                    .map(k -> k.toLowerCase(java.util.Locale.ROOT)).doesNotContain("insurance_value", "insurance_currency");
            // the sequence moved past the copied rows: the next valuation gets a fresh id
            long next = jdbc.queryForObject("SELECT nextval('" + schema + ".valuation_seq')", Long.class);
            assertThat(next).isGreaterThan(((Number) rows.get(1).get("id")).longValue());
        } finally {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
