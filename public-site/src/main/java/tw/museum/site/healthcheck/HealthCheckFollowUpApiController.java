package tw.museum.site.healthcheck;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.site.api.JsonApi;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.healthcheck.CaseAccess;
import tw.museum.catalog.healthcheck.HealthCheckBilling;
import tw.museum.catalog.healthcheck.HealthCheckExaminations;
import tw.museum.catalog.healthcheck.HealthCheckReports;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.HealthCheckSurveys;
import tw.museum.catalog.healthcheck.InvoiceView;
import tw.museum.catalog.healthcheck.PaymentData;
import tw.museum.catalog.healthcheck.ReportVersion;
import tw.museum.catalog.healthcheck.SurveyAnswer;

/**
 * The health-check steps after the examination over JSON: examination records, report versions, the
 * dossier, invoice and payments (staff); the current report and the survey (requesters, code in the body).
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/v1/health-checks/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
public class HealthCheckFollowUpApiController {

    private final HealthCheckService cases;
    private final HealthCheckExaminations examinations;
    private final HealthCheckReports reports;
    private final HealthCheckDocuments documents;
    private final HealthCheckBilling billing;
    private final HealthCheckSurveys surveys;

    public HealthCheckFollowUpApiController(HealthCheckService cases, HealthCheckExaminations examinations,
                                            HealthCheckReports reports, HealthCheckDocuments documents,
                                            HealthCheckBilling billing, HealthCheckSurveys surveys) {
        this.cases = cases;
        this.examinations = examinations;
        this.reports = reports;
        this.documents = documents;
        this.billing = billing;
        this.surveys = surveys;
    }

    @GetMapping("/examinations")
    @ConservatorsOnly
    public List<ConditionCheckView> examinations(@PathVariable String number) {
        return examinations.all(number);
    }

    @PostMapping(path = "/objects/{objectNo}/examinations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public ResponseEntity<ConditionCheckView> record(@PathVariable String number, @PathVariable int objectNo,
                                                     @RequestBody ConditionCheckData body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(examinations.record(number, objectNo, body));
    }

    public record ExaminationEdit(ConditionCheckData data, Long version) {
    }

    @PutMapping(path = "/examinations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public ConditionCheckView update(@PathVariable String number, @PathVariable long id, @RequestBody ExaminationEdit body) {
        return examinations.update(number, id, body.data(), body.version());
    }

    public record ReportIssue(String note) {
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public ResponseEntity<ReportVersion> issue(@PathVariable String number, @RequestBody(required = false) ReportIssue body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(documents.issueReport(number, body == null ? null : body.note()));
    }

    @GetMapping("/reports")
    @ConservatorsOnly
    public List<ReportVersion> reports(@PathVariable String number) {
        return reports.versions(number);
    }

    @GetMapping(path = "/reports/{version}", produces = MediaType.APPLICATION_PDF_VALUE)
    @ConservatorsOnly
    public ResponseEntity<Resource> report(@PathVariable String number, @PathVariable int version) {
        return HealthCheckFollowUpController.pdf(new FileSystemResource(reports.file(number, version)),
                number + "-R" + version + ".pdf");
    }

    @GetMapping(path = "/dossier.csv", produces = "text/csv")
    @ConservatorsOnly
    public ResponseEntity<byte[]> dossier(@PathVariable String number) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(documents.dossierCsv(number));
    }

    public record InvoiceBody(Long amount, LocalDate dueOn, Long version) {
    }

    @PostMapping(path = "/invoice", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public InvoiceView invoice(@PathVariable String number, @RequestBody InvoiceBody body) {
        return billing.invoice(number, body.amount(), body.dueOn(), body.version());
    }

    @GetMapping("/invoice")
    @ConservatorsOnly
    public InvoiceView invoice(@PathVariable String number) {
        return billing.find(number).orElseThrow(() -> new RecordNotFoundException("health-check-invoice", number));
    }

    public record PaymentBody(PaymentData payment, Long version) {
    }

    @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public InvoiceView pay(@PathVariable String number, @RequestBody PaymentBody body) {
        return billing.pay(number, body.payment(), body.version());
    }

    // ---- requesters

    public record CodeBody(String code) {
    }

    /** The current report for the requester; 404 until one is issued (and for a wrong code). */
    @PostMapping(path = "/report", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<Resource> requesterReport(@PathVariable String number, @RequestBody CodeBody body,
                                                    HttpServletRequest request) {
        CaseAccess access = cases.open(number, body.code(), ClientKey.of(request));
        if (access.outcome() == CaseAccess.Outcome.THROTTLED) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        if (!access.granted()) {
            throw new RecordNotFoundException("health-check", number);
        }
        String current = reports.current(access.view().number())
                .orElseThrow(() -> new RecordNotFoundException("health-check-report", number)).reportNumber();
        return HealthCheckFollowUpController.pdf(new FileSystemResource(reports.file(access.view().number(), null)),
                current + ".pdf");
    }

    public record SurveyBody(String code, Integer rating, String comment) {
    }

    @PostMapping(path = "/survey", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SurveyAnswer> survey(@PathVariable String number, @RequestBody SurveyBody body,
                                               HttpServletRequest request) {
        CaseAccess access = cases.open(number, body.code(), ClientKey.of(request));
        if (access.outcome() == CaseAccess.Outcome.THROTTLED) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        if (!access.granted()) {
            throw new RecordNotFoundException("health-check", number);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(surveys.answer(access.view().number(), body.rating(), body.comment()));
    }
}
