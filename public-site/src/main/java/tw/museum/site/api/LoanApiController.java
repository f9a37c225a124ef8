package tw.museum.site.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.loan.ArtifactLoan;
import tw.museum.catalog.loan.LoanApplication;
import tw.museum.catalog.loan.LoanProperties;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanStatus;
import tw.museum.catalog.loan.LoanSummary;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectReview;
import tw.museum.catalog.loan.StoredDocument;
import tw.museum.catalog.loan.Submission;
import tw.museum.site.loan.LoanDocuments;
import tw.museum.site.security.RegistrarsOnly;

/**
 * Loans out over JSON. Borrowing institutions apply without an account (an Idempotency-Key header makes a
 * retried POST harmless); everything else is for registrars, the only answers carrying contact details and
 * insurance values.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/loans", produces = MediaType.APPLICATION_JSON_VALUE)
public class LoanApiController {

    private final LoanService loans;
    private final LoanProperties properties;
    private final LoanDocuments documents;

    public LoanApiController(LoanService loans, LoanProperties properties, LoanDocuments documents) {
        this.loans = loans;
        this.properties = properties;
        this.documents = documents;
    }

    /** The consent flag is the caller's yes to the museum's current consent text, whatever version it names. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Submission> apply(@RequestBody LoanApplication body,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                            Locale locale) {
        LoanApplication application = new LoanApplication(body.institution(), body.institutionAddress(),
                body.contactName(), body.contactEmail(), body.contactPhone(), body.consent(),
                properties.consentVersion(), body.exhibitionTitle(), body.purpose(), body.venue(),
                body.facilitySecurity(), body.facilityClimate(), body.facilityLighting(), body.objectNumbers(),
                body.periodFrom(), body.periodTo(), body.transportProposal(), body.insuranceProposal(),
                body.language() != null ? body.language() : ("en".equals(locale.getLanguage()) ? "en" : "zh-TW"), key);
        Submission submission;
        try {
            submission = loans.apply(application);
        } catch (DataIntegrityViolationException twin) {
            submission = loans.findSubmission(key).orElseThrow(() -> twin);
        }
        return submission.repeated() ? ResponseEntity.ok(submission)
                : ResponseEntity.created(URI.create("/api/v1/loans/" + submission.number())).body(submission);
    }

    @GetMapping
    @RegistrarsOnly
    public PageResponse<LoanSummary> list(@RequestParam(required = false) LoanStatus status,
                                          @RequestParam(defaultValue = "1") int page) {
        return PageResponse.of(loans.list(status, PageRequest.of(Math.max(page, 1) - 1, 50,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))));
    }

    /** Loans out past their return date. */
    @GetMapping("/overdue")
    @RegistrarsOnly
    public List<LoanSummary> overdue() {
        return loans.overdue();
    }

    public record ArtifactLoans(String objectNumber, ArtifactLoan current, List<ArtifactLoan> history) {
    }

    /** An artifact's loan history and where it is now if out (the object number as a query parameter: it may hold '/'). */
    @GetMapping("/history")
    @RegistrarsOnly
    public ArtifactLoans history(@RequestParam String objectNumber) {
        return new ArtifactLoans(objectNumber, loans.currentLoan(objectNumber).orElse(null), loans.history(objectNumber));
    }

    @GetMapping("/{number}")
    @RegistrarsOnly
    public LoanView get(@PathVariable String number) {
        return loans.get(number);
    }

    public record ReviewBody(List<ObjectReview> objects, String conditions, Long version) {
    }

    @PostMapping(path = "/{number}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LoanView review(@PathVariable String number, @RequestBody ReviewBody body) {
        return loans.review(number, body.objects(), body.conditions(), body.version());
    }

    /** The loan agreement, generated from the loan as it stands. */
    @GetMapping(path = "/{number}/agreement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @RegistrarsOnly
    public ResponseEntity<byte[]> agreement(@PathVariable String number, Locale locale) {
        return documents.agreement(number, locale);
    }

    @PostMapping(path = "/{number}/signed-agreement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RegistrarsOnly
    public LoanView uploadSigned(@PathVariable String number, @RequestPart("file") MultipartFile file,
                                 @RequestParam Long version) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return loans.uploadSignedAgreement(number, in, version);
        }
    }

    @GetMapping(path = "/{number}/signed-agreement", produces = MediaType.ALL_VALUE)
    @RegistrarsOnly
    public ResponseEntity<Resource> signed(@PathVariable String number) {
        StoredDocument doc = loans.signedAgreement(number)
                .orElseThrow(() -> new RecordNotFoundException("loan-agreement", number));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(doc.path()));
    }

    public record ConditionCheckBody(String objectNumber, ConditionCheckData check) {
    }

    /**
     * A departure (once the agreement is signed) or return (while out) condition check of one lent object:
     * {@code check.context} is LOAN_DEPARTURE or LOAN_RETURN; the loan number becomes its context reference.
     */
    @PostMapping(path = "/{number}/condition-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LoanView conditionCheck(@PathVariable String number, @RequestBody ConditionCheckBody body) {
        if (body.check() == null) {
            throw new InvalidRecordException(FieldProblem.of("check", "required"));
        }
        return loans.conditionCheck(number, body.objectNumber(), body.check());
    }

    public record MovementBody(LocalDate date, Long version) {
    }

    @PostMapping(path = "/{number}/departure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LoanView depart(@PathVariable String number, @RequestBody MovementBody body) {
        return loans.depart(number, body.date(), body.version());
    }

    @PostMapping(path = "/{number}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LoanView returned(@PathVariable String number, @RequestBody MovementBody body) {
        return loans.returned(number, body.date(), body.version());
    }

    public record VersionBody(Long version) {
    }

    @PostMapping(path = "/{number}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LoanView cancel(@PathVariable String number, @RequestBody VersionBody body) {
        if (body.version() == null) {
            throw new InvalidRecordException(FieldProblem.of("version", "required"));
        }
        return loans.cancel(number, body.version());
    }
}
