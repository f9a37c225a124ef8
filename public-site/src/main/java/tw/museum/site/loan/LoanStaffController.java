package tw.museum.site.loan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanStatus;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectReview;
import tw.museum.catalog.loan.RefusalReason;
import tw.museum.catalog.loan.StoredDocument;
import tw.museum.catalog.media.UploadTooLargeException;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/** The registrars' loan workspace: the list, the overdue list, a loan's review, agreement and movement. */
@Controller
@RegistrarsOnly
public class LoanStaffController {

    private static final int PAGE_SIZE = 50;
    private static final StaffPages.StepTexts TEXTS = new StaffPages.StepTexts("loans.staff.illegal", "loans.status.",
            "loans.staff.stale");

    private final LoanService loans;
    private final LoanDocuments documents;
    private final StaffPages pages;

    public LoanStaffController(LoanService loans, LoanDocuments documents, StaffPages pages) {
        this.loans = loans;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/staff/loans/{number}/agreement.pdf")
    public ResponseEntity<byte[]> agreement(@PathVariable String number, Locale locale) {
        return documents.agreement(number, locale);
    }

    @GetMapping("/staff/loans")
    public String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                       Model model) {
        LoanStatus filter = parse(status);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", LoanStatus.values());
        model.addAttribute("results", loans.list(filter, PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))));
        model.addAttribute("overdue", loans.overdue());
        return "loan/staff-list";
    }

    @GetMapping("/staff/loans/{number}")
    public String show(@PathVariable String number, Model model) {
        LoanView view = loans.get(number);
        model.addAttribute("view", view);
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("grades", ConditionGrade.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
        return "loan/staff-loan";
    }

    @PostMapping("/staff/loans/{number}/review")
    public String review(@PathVariable String number, @ModelAttribute ReviewForm form, Locale locale,
                         RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        List<ObjectReview> reviews = form.toReviews(typeProblems);
        return act(number, locale, redirect, "loans.staff.reviewed", () -> {
            FormValues.throwIfAny(typeProblems);
            loans.review(number, reviews, form.getConditions(), form.getVersion());
        });
    }

    @PostMapping("/staff/loans/{number}/signed-agreement")
    public String upload(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "loans.staff.agreementUploaded", () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidRecordException(FieldProblem.of("agreement", "required"));
            }
            try (InputStream in = file.getInputStream()) {
                loans.uploadSignedAgreement(number, in, version);
            } catch (UploadTooLargeException e) {
                throw new InvalidRecordException(FieldProblem.of("agreement", "photo-too-large", 1, e.maxBytes() / 1024));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/staff/loans/{number}/signed-agreement")
    public ResponseEntity<Resource> signed(@PathVariable String number) {
        StoredDocument doc = loans.signedAgreement(number)
                .orElseThrow(() -> new RecordNotFoundException("loan-agreement", number));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .body(new FileSystemResource(doc.path()));
    }

    /** A condition check of one object, departure or return, as the page's short form takes it. */
    @PostMapping("/staff/loans/{number}/condition-checks")
    public String conditionCheck(@PathVariable String number, @RequestParam String objectNumber,
                                 @RequestParam(required = false) String context,
                                 @RequestParam(required = false) String examinedAt,
                                 @RequestParam(required = false) String examinedBy,
                                 @RequestParam(required = false) String grade,
                                 @RequestParam(required = false) String summary, Locale locale,
                                 RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        ConditionContext kind = FormValues.toEnum(ConditionContext.class, context, "context", typeProblems);
        LocalDate examined = FormValues.toDate(examinedAt, "examinedAt", typeProblems);
        ConditionGrade overall = FormValues.toEnum(ConditionGrade.class, grade, "grade", typeProblems);
        return act(number, locale, redirect, "loans.staff.checked", () -> {
            FormValues.throwIfAny(typeProblems);
            loans.conditionCheck(number, objectNumber, new ConditionCheckData(kind, null, examined, examinedBy, null,
                    null, null, null, null, null, null, overall, "en".equals(locale.getLanguage()) ? Bilingual.of(null, summary) : Bilingual.of(summary, null), null, null,
                    null, null, null));
        });
    }

    @PostMapping("/staff/loans/{number}/departure")
    public String depart(@PathVariable String number, @RequestParam(required = false) String date,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "loans.staff.departed", () -> loans.depart(number, date("departedOn", date), version));
    }

    @PostMapping("/staff/loans/{number}/return")
    public String returned(@PathVariable String number, @RequestParam(required = false) String date,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "loans.staff.returned", () -> loans.returned(number, date("returnedOn", date), version));
    }

    @PostMapping("/staff/loans/{number}/cancel")
    public String cancel(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                         RedirectAttributes redirect) {
        return act(number, locale, redirect, "loans.staff.cancelled", () -> {
            if (version == null) {
                throw new InvalidRecordException(FieldProblem.of("version", "required"));
            }
            loans.cancel(number, version);
        });
    }

    /** Runs a step and reports its outcome on the loan's page (Post/Redirect/Get). */
    String act(String number, Locale locale, RedirectAttributes redirect, String okKey, Runnable step) {
        return pages.step("/staff/loans/" + StaffPages.segment(number), TEXTS, locale, redirect, okKey, step);
    }



    private static LocalDate date(String field, String value) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = FormValues.toDate(value, field, problems);
        FormValues.throwIfAny(problems);
        return date;
    }

    private static LoanStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return LoanStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
