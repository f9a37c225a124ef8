package tw.museum.site.healthcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.healthcheck.HealthCheckBilling;
import tw.museum.catalog.healthcheck.HealthCheckReports;
import tw.museum.catalog.healthcheck.PaymentData;
import tw.museum.catalog.healthcheck.PaymentMethod;
import tw.museum.catalog.healthcheck.ReportVersion;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/** After the examination, on the staff side: the report and its versions, the dossier, invoice and payments. */
@Controller
@ConservatorsOnly
public class HealthCheckFollowUpController {

    private final HealthCheckDocuments documents;
    private final HealthCheckReports reports;
    private final HealthCheckBilling billing;
    private final StaffPages pages;

    public HealthCheckFollowUpController(HealthCheckDocuments documents, HealthCheckReports reports,
                                         HealthCheckBilling billing, StaffPages pages) {
        this.documents = documents;
        this.reports = reports;
        this.billing = billing;
        this.pages = pages;
    }

    @PostMapping("/staff/health-checks/{number}/reports")
    public String issueReport(@PathVariable String number, @RequestParam(required = false) String note, Locale locale,
                              RedirectAttributes redirect) {
        try {
            ReportVersion issued = documents.issueReport(number, note);
            pages.ok(redirect, locale, "hc.report.issued", issued.reportNumber());
        } catch (InvalidRecordException e) {
            problems(redirect, e, locale);
        }
        return back(number);
    }

    /** A version of the report (the current one without {@code version}); staff keep every version. */
    @GetMapping("/staff/health-checks/{number}/reports/{version}")
    public ResponseEntity<Resource> report(@PathVariable String number, @PathVariable int version) {
        String reportNumber = reports.versions(number).stream().filter(v -> v.versionNo() == version)
                .map(ReportVersion::reportNumber).findFirst().orElse(number);
        return pdf(new FileSystemResource(reports.file(number, version)), reportNumber + ".pdf");
    }

    @GetMapping("/staff/health-checks/{number}/dossier.pdf")
    public ResponseEntity<byte[]> dossierPdf(@PathVariable String number) {
        return download(documents.dossierPdf(number), MediaType.APPLICATION_PDF, number + "-antiquity.pdf");
    }

    @GetMapping("/staff/health-checks/{number}/dossier.csv")
    public ResponseEntity<byte[]> dossierCsv(@PathVariable String number) {
        return download(documents.dossierCsv(number), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                number + "-antiquity.csv");
    }

    @PostMapping("/staff/health-checks/{number}/invoice")
    public String invoice(@PathVariable String number, @RequestParam(required = false) String amount,
                          @RequestParam(required = false) String dueOn, @RequestParam(required = false) Long version,
                          Locale locale, RedirectAttributes redirect) {
        try {
            List<FieldProblem> typeProblems = new ArrayList<>();
            Long value = FormValues.toLong(amount, "amount", typeProblems);
            LocalDate due = FormValues.toDate(dueOn, "dueOn", typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            billing.invoice(number, value, due, version);
            pages.ok(redirect, locale, "hc.invoice.saved");
        } catch (InvalidRecordException e) {
            problems(redirect, e, locale);
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.stale", locale)));
        }
        return back(number);
    }

    @PostMapping("/staff/health-checks/{number}/payments")
    public String pay(@PathVariable String number, @RequestParam(required = false) String amount,
                      @RequestParam(required = false) String method, @RequestParam(required = false) String reference,
                      @RequestParam(required = false) String paidOn, @RequestParam(required = false) Long version,
                      Locale locale, RedirectAttributes redirect) {
        try {
            List<FieldProblem> typeProblems = new ArrayList<>();
            Long value = FormValues.toLong(amount, "amount", typeProblems);
            LocalDate day = FormValues.toDate(paidOn, "paidOn", typeProblems);
            PaymentMethod how = FormValues.toEnum(PaymentMethod.class, method, "method", typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            billing.pay(number, new PaymentData(value, how, reference, day), version);
            pages.ok(redirect, locale, "hc.payment.saved");
        } catch (InvalidRecordException e) {
            problems(redirect, e, locale);
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.stale", locale)));
        }
        return back(number);
    }

    private void problems(RedirectAttributes redirect, InvalidRecordException e, Locale locale) {
        redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
    }

    private static String back(String number) {
        return "redirect:/staff/health-checks/" + StaffPages.segment(number);
    }

    static ResponseEntity<Resource> pdf(Resource body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
