package tw.museum.site.healthcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.healthcheck.CaseStatus;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.IllegalTransitionException;
import tw.museum.catalog.healthcheck.PhotoFile;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;

/** The staff side of health checks: the queue, a case, its transitions and messages to the requester. */
@Controller
@ConservatorsOnly
public class HealthCheckStaffController {

    private static final int PAGE_SIZE = 50;

    private final HealthCheckService service;
    private final tw.museum.catalog.healthcheck.HealthCheckExaminations examinations;
    private final tw.museum.catalog.healthcheck.HealthCheckReports reports;
    private final tw.museum.catalog.healthcheck.HealthCheckBilling billing;
    private final StaffPages pages;
    private final Clock clock;

    public HealthCheckStaffController(HealthCheckService service,
                                      tw.museum.catalog.healthcheck.HealthCheckExaminations examinations,
                                      tw.museum.catalog.healthcheck.HealthCheckReports reports,
                                      tw.museum.catalog.healthcheck.HealthCheckBilling billing,
                                      StaffPages pages, Clock clock) {
        this.service = service;
        this.examinations = examinations;
        this.reports = reports;
        this.billing = billing;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/staff/health-checks")
    public String queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                        Model model) {
        CaseStatus filter = parse(status);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", CaseStatus.values());
        // oldest first: the queue is worked from the longest-waiting case
        model.addAttribute("results", service.queue(filter,
                PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE, Sort.by("createdAt", "id"))));
        model.addAttribute("ages", this);
        return "healthcheck/staff-queue";
    }

    /** Whole days since a moment, for the queue's age column. */
    public long days(Instant since) {
        return Duration.between(since, clock.instant()).toDays();
    }

    @GetMapping("/staff/health-checks/{number}")
    public String show(@PathVariable String number, Model model) {
        var view = service.get(number);
        model.addAttribute("view", view);
        // after the examination: the newest record of each object, the report versions, the invoice
        var latest = examinations.latest(number);
        var byObject = new java.util.TreeMap<Integer, tw.museum.catalog.condition.ConditionCheckView>();
        latest.forEach(c -> byObject.put(c.subject().caseObjectNo(), c));
        model.addAttribute("examined", byObject);
        model.addAttribute("objectNumbers", java.util.stream.IntStream.rangeClosed(1, view.objects().count()).boxed().toList());
        model.addAttribute("reports", reports.versions(number));
        model.addAttribute("invoice", billing.find(number).orElse(null));
        model.addAttribute("paymentMethods", tw.museum.catalog.healthcheck.PaymentMethod.values());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Taipei")).toString());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
        return "healthcheck/staff-case";
    }

    @PostMapping("/staff/health-checks/{number}/transition")
    public String transition(@PathVariable String number, @RequestParam String target,
                             @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                             @RequestParam(required = false) String scheduledFor,
                             Locale locale, RedirectAttributes redirect, Model model) {
        CaseStatus to = parse(target);
        String status = pages.message("hc.status." + to, locale);
        try {
            if (to == null) {
                // not a status at all: refused like any step the process does not have
                throw new IllegalTransitionException(service.get(number).status(), null);
            }
            service.transition(number, to, note, date(scheduledFor), version);
            pages.ok(redirect, locale, "hc.staff.case.moved", status);
        } catch (IllegalTransitionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.illegal", locale,
                    pages.message("hc.status." + e.from(), locale), status)));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.stale", locale)));
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/staff/health-checks/" + StaffPages.segment(number);
    }

    @PostMapping("/staff/health-checks/{number}/quote")
    public String computeQuote(@PathVariable String number, @RequestParam(defaultValue = "false") boolean urgent,
                               @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        try {
            service.draftQuote(number, urgent, version);
            pages.ok(redirect, locale, "hc.quote.computed");
        } catch (IllegalTransitionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.illegal", locale,
                    pages.message("hc.status." + e.from(), locale), pages.message("hc.status." + e.to(), locale))));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.stale", locale)));
        }
        return "redirect:/staff/health-checks/" + StaffPages.segment(number);
    }

    @PostMapping("/staff/health-checks/{number}/quote/lines")
    public String editQuote(@PathVariable String number, @ModelAttribute QuoteForm form, Locale locale,
                            RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        var lines = form.toLines(typeProblems);
        try {
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            service.editQuote(number, lines, form.getVersion());
            pages.ok(redirect, locale, "hc.quote.edited");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("hc.staff.case.stale", locale)));
        }
        return "redirect:/staff/health-checks/" + StaffPages.segment(number);
    }

    /** A request photo, for staff; served as the image type detected on upload, never as a page. */
    @GetMapping("/staff/health-checks/{number}/photos/{id}")
    public ResponseEntity<Resource> photo(@PathVariable String number, @PathVariable long id) {
        PhotoFile file = service.photo(number, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(file.path()));
    }

    @PostMapping("/staff/health-checks/{number}/messages")
    public String message(@PathVariable String number, @RequestParam(defaultValue = "") String body, Locale locale,
                          RedirectAttributes redirect) {
        try {
            service.postMuseumMessage(number, body);
            pages.ok(redirect, locale, "hc.staff.case.messageSent");
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
        }
        return "redirect:/staff/health-checks/" + StaffPages.segment(number);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(FieldProblem.of("scheduledFor", "wrong-type"));
        }
    }

    private static CaseStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
