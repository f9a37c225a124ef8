package tw.museum.catalog.healthcheck;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.DamageData;
import tw.museum.catalog.condition.RiskLevel;
import tw.museum.catalog.condition.Urgency;

/** Examination records and report bytes for walking cases past the examination. */
final class FollowUpFixtures {

    /** A minimal PDF: the catalogue stores report bytes as given (public-site renders real ones). */
    static final byte[] PDF = "%PDF-1.4\n%test report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private FollowUpFixtures() {
    }

    /** One step of the process as staff take it, with what the step needs (quote, examinations, report, payment). */
    static CaseView step(HealthCheckService service, HealthCheckExaminations examinations, HealthCheckReports reports,
                         HealthCheckBilling billing, String number, CaseStatus target) {
        if (target == CaseStatus.QUOTED) {
            service.draftQuote(number, false, service.get(number).version());
        }
        if (target == CaseStatus.EXAMINED) {
            for (int object = 1; object <= service.get(number).objects().count(); object++) {
                examinations.record(number, object, examination());
            }
        }
        if (target == CaseStatus.REPORT_ISSUED) {
            reports.issue(number, reports.nextReportNumber(number), PDF, null);
            return service.get(number);
        }
        if (target == CaseStatus.PAID) {
            InvoiceView invoice = billing.invoice(number, null, null, null);
            billing.pay(number, new PaymentData(invoice.amount(), PaymentMethod.BANK_TRANSFER, "TX-1",
                    LocalDate.now(HealthCheckService.MUSEUM_ZONE)), invoice.version());
            return service.get(number);
        }
        LocalDate date = target == CaseStatus.SCHEDULED ? LocalDate.now(HealthCheckService.MUSEUM_ZONE).plusDays(7) : null;
        return service.transition(number, target, null, date, service.get(number).version());
    }

    static ConditionCheckData examination() {
        return new ConditionCheckData(null, null, LocalDate.now(HealthCheckService.MUSEUM_ZONE), "保存師 林",
                Bilingual.of("木雕神像", "Carved wooden deity"), "雕塑", 1, Bilingual.of("清代", null),
                Bilingual.of("廟方傳承", null), Bilingual.of("木、漆", "wood, lacquer"), "高 60 公分",
                ConditionGrade.FAIR, Bilingual.of("彩繪局部剝落", null),
                List.of(new DamageData("flaking-paint", Bilingual.of("衣袖", "sleeve"))),
                Bilingual.of("香煙與濕度", null), RiskLevel.MEDIUM, Urgency.WITHIN_YEAR, Bilingual.of("加固彩繪", null));
    }
}
