package tw.museum.site.loan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.loan.LoanProperties;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.Submission;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;

/**
 * The public loan application (藏品貸出申請). Objects are found in the published collection by a search on
 * the same page (only published records are ever listed or accepted) or typed by number. Each form carries a
 * one-time token, so a double click makes one application.
 */
@Controller
public class LoanApplicationController {

    private static final int SEARCH_RESULTS = 20;

    private final LoanService loans;
    private final ArtifactService artifacts;
    private final LoanProperties properties;
    private final MessageSource messages;

    public LoanApplicationController(LoanService loans, ArtifactService artifacts, LoanProperties properties,
                                     MessageSource messages) {
        this.loans = loans;
        this.artifacts = artifacts;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/loans/apply")
    public String form(@RequestParam(required = false) String q,
                       @RequestParam(name = "object", required = false) List<String> objects, Model model) {
        LoanApplicationForm form = new LoanApplicationForm();
        form.setToken(UUID.randomUUID().toString());
        if (objects != null) {
            form.setPicked(new ArrayList<>(objects));
        }
        return form(model, form, StaffPages.trimmed(q), FormProblems.none());
    }

    @PostMapping("/loans/apply")
    public String submit(@ModelAttribute("form") LoanApplicationForm form, Model model, Locale locale,
                         HttpServletResponse response) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        var application = form.toApplication(properties.consentVersion(), locale, typeProblems);
        Submission submission;
        try {
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            submission = loans.apply(application);
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // object problems name the list's positions; the form shows them on the objects field
            return form(model, form, null, FormProblems.of(e.problems(),
                    f -> f.startsWith("objectNumbers") ? "objectNumbers" : f, messages, locale));
        } catch (DataIntegrityViolationException twin) {
            submission = loans.findSubmission(form.getToken()).orElseThrow(() -> twin);
        }
        model.addAttribute("submission", submission);
        return "loan/received";
    }

    private String form(Model model, LoanApplicationForm form, String q, FormProblems problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("q", q);
        List<PublicArtifactView> found = q == null ? List.of() : artifacts.listPublished(
                new ArtifactFilter(q, null, null, null, null, null, null),
                PageRequest.of(0, SEARCH_RESULTS, Sort.by("objectNumber"))).getContent();
        model.addAttribute("found", found);
        // the ticked objects stay listed (with their titles) when the form comes back with problems
        List<PublicArtifactView> picked = form.getPicked() == null ? List.of() : form.getPicked().stream()
                .filter(n -> found.stream().noneMatch(f -> f.objectNumber().equals(n)))
                .map(artifacts::findPublished).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("picked", picked);
        return "loan/apply";
    }
}
