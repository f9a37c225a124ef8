package tw.museum.site.healthcheck;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.RequesterType;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.catalog.healthcheck.Submission;
import tw.museum.site.staff.FormProblems;

/**
 * The public request form. Each form carries a one-time token, so a double click or a resent POST makes
 * one case. The confirmation is the POST's own answer (not a redirect): the access code exists in clear
 * only there and in the email, and is stored nowhere, not even in a session.
 */
@Controller
public class HealthCheckRequestController {

    private final HealthCheckService service;
    private final MessageSource messages;
    private final String consentVersion;

    public HealthCheckRequestController(HealthCheckService service, MessageSource messages,
                                        @Value("${museum.health-check.consent-version}") String consentVersion) {
        this.service = service;
        this.messages = messages;
        this.consentVersion = consentVersion;
    }

    @GetMapping("/health-check/request")
    public String form(Model model) {
        RequestForm form = new RequestForm();
        form.setToken(UUID.randomUUID().toString());
        form.setObjectCount("1");
        return form(model, form, FormProblems.none());
    }

    @PostMapping("/health-check/request")
    public String submit(@ModelAttribute("form") RequestForm form,
                         @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                         Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        CaseRequest request = form.toRequest(consentVersion, locale, typeProblems);
        Submission submission;
        try {
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            // a file input left empty still sends one empty part
            List<MultipartFile> chosen = photos == null ? List.of()
                    : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
            submission = service.submit(request, chosen);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, FormProblems.of(e.problems(), messages, locale));
        } catch (DataIntegrityViolationException twin) {
            // the same form sent twice at once: the other request made the case
            submission = service.findSubmission(form.getToken()).orElseThrow(() -> twin);
        }
        // the page holds the access code: no cache may keep it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("submission", submission);
        return "healthcheck/received";
    }

    private String form(Model model, RequestForm form, FormProblems problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("requesterTypes", RequesterType.values());
        model.addAttribute("serviceKinds", ServiceKind.values());
        return "healthcheck/request";
    }
}
