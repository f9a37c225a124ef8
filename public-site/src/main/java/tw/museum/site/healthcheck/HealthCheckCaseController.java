package tw.museum.site.healthcheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.healthcheck.CaseAccess;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.IllegalTransitionException;
import tw.museum.site.staff.FormProblems;

/**
 * The requester's case page. Number and code travel in every POST (never in a URL, where logs and
 * browser history would keep them); a wrong pair and an unknown number get the same answer.
 */
@Controller
public class HealthCheckCaseController {

    private final HealthCheckService service;
    private final tw.museum.catalog.healthcheck.HealthCheckReports reports;
    private final tw.museum.catalog.healthcheck.HealthCheckBilling billing;
    private final tw.museum.catalog.healthcheck.HealthCheckSurveys surveys;
    private final MessageSource messages;

    public HealthCheckCaseController(HealthCheckService service, tw.museum.catalog.healthcheck.HealthCheckReports reports,
                                     tw.museum.catalog.healthcheck.HealthCheckBilling billing,
                                     tw.museum.catalog.healthcheck.HealthCheckSurveys surveys, MessageSource messages) {
        this.service = service;
        this.reports = reports;
        this.billing = billing;
        this.surveys = surveys;
        this.messages = messages;
    }

    /** What the requester sees of the report: its number and date, never who issued it. */
    public record RequesterReport(String reportNumber, java.time.Instant issuedAt) {
    }

    /** What the requester sees of the invoice: amounts only, never staff names. */
    public record RequesterBilling(long amount, long paid, long outstanding, java.time.LocalDate dueOn) {
    }

    /** The current report, downloaded with number and code in the POST body like every requester action. */
    @PostMapping("/health-check/case/report")
    public Object report(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                         Model model, HttpServletRequest request, HttpServletResponse response) {
        CaseAccess access = service.open(number, code, ClientKey.of(request));
        if (!access.granted() || reports.current(access.view().number()).isEmpty()) {
            return show(access, number, code, FormProblems.none(), null, model, response);
        }
        String current = reports.current(access.view().number()).orElseThrow().reportNumber();
        return HealthCheckFollowUpController.pdf(
                new org.springframework.core.io.FileSystemResource(reports.file(access.view().number(), null)),
                current + ".pdf");
    }

    @PostMapping("/health-check/case/survey")
    public String survey(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                         @RequestParam(required = false) String rating, @RequestParam(required = false) String comment,
                         Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        CaseAccess access = service.open(number, code, ClientKey.of(request));
        if (!access.granted()) {
            return show(access, number, code, FormProblems.none(), null, model, response);
        }
        try {
            Integer value = null;
            if (rating != null && !rating.isBlank()) {
                try {
                    value = Integer.valueOf(rating.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidRecordException(tw.museum.catalog.common.FieldProblem.of("rating", "wrong-type"));
                }
            }
            surveys.answer(access.view().number(), value, comment);
            model.addAttribute("surveyed", true);
            return show(access, number, code, FormProblems.none(), null, model, response);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(access, number, code, FormProblems.of(e.problems(), messages, locale), null, model, response);
        }
    }

    @GetMapping("/health-check/case")
    public String lookup(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number);
        return "healthcheck/lookup";
    }

    @PostMapping("/health-check/case")
    public String open(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        return show(service.open(number, code, ClientKey.of(request)), number, code, FormProblems.none(), null,
                model, response);
    }

    @PostMapping("/health-check/case/messages")
    public String message(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                          @RequestParam(defaultValue = "") String body, Model model, Locale locale,
                          HttpServletRequest request, HttpServletResponse response) {
        try {
            return show(service.postRequesterMessage(number, code, ClientKey.of(request), body), number, code,
                    FormProblems.none(), null, model, response);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(service.open(number, code, ClientKey.of(request)), number, code,
                    FormProblems.of(e.problems(), messages, locale), body, model, response);
        }
    }

    @PostMapping("/health-check/case/quote")
    public String answerQuote(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                              @RequestParam(defaultValue = "") String answer, @RequestParam(required = false) String reason,
                              Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        try {
            CaseAccess access = service.answerQuote(number, code, ClientKey.of(request), "accept".equals(answer), reason);
            model.addAttribute("answered", access.granted());
            return show(access, number, code, FormProblems.none(), null, model, response);
        } catch (IllegalTransitionException e) {
            // answered already (a second click) or no quote is waiting: show the case as it is
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(service.open(number, code, ClientKey.of(request)), number, code, FormProblems.none(), null,
                    model, response);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(service.open(number, code, ClientKey.of(request)), number, code,
                    FormProblems.of(e.problems(), messages, locale), null, model, response);
        }
    }

    @PostMapping("/health-check/case/cancel")
    public String cancel(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                         @RequestParam(required = false) String reason, Model model, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        try {
            return show(service.cancelByRequester(number, code, ClientKey.of(request), reason), number, code,
                    FormProblems.none(), null, model, response);
        } catch (IllegalTransitionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(service.open(number, code, ClientKey.of(request)), number, code, FormProblems.none(), null,
                    model, response);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(service.open(number, code, ClientKey.of(request)), number, code,
                    FormProblems.of(e.problems(), messages, locale), null, model, response);
        }
    }

    private String show(CaseAccess access, String number, String code, FormProblems problems, String draft,
                        Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (!access.granted()) {
            response.setStatus(access.outcome() == CaseAccess.Outcome.THROTTLED ? 429 : HttpServletResponse.SC_NOT_FOUND);
            model.asMap().remove("answered");
            model.addAttribute("number", number);
            model.addAttribute("refusal", access.outcome() == CaseAccess.Outcome.THROTTLED
                    ? "hc.case.throttled" : "hc.case.denied");
            return "healthcheck/lookup";
        }
        model.addAttribute("view", access.view());
        String caseNumber = access.view().number();
        model.addAttribute("report", reports.current(caseNumber)
                .map(r -> new RequesterReport(r.reportNumber(), r.issuedAt())).orElse(null));
        model.addAttribute("billing", billing.find(caseNumber)
                .map(i -> new RequesterBilling(i.amount(), i.paid(), i.outstanding(), i.dueOn())).orElse(null));
        model.addAttribute("surveyAnswer", surveys.find(caseNumber).orElse(null));
        model.addAttribute("code", code);
        model.addAttribute("problems", problems);
        model.addAttribute("draft", draft);
        return "healthcheck/case";
    }
}
