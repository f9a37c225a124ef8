package tw.museum.site.deaccession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.deaccession.DeaccessionDecision;
import tw.museum.catalog.deaccession.DeaccessionReason;
import tw.museum.catalog.deaccession.DeaccessionService;
import tw.museum.catalog.deaccession.DeaccessionStatus;
import tw.museum.catalog.deaccession.DeaccessionView;
import tw.museum.catalog.deaccession.DecisionOutcome;
import tw.museum.catalog.deaccession.Disposal;
import tw.museum.catalog.deaccession.DisposalMethod;
import tw.museum.catalog.media.UploadTooLargeException;
import tw.museum.site.security.AdministratorsOnly;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/**
 * The deaccession workspace: the list, a proposal (from an artifact page or a typed list of numbers), the
 * committee's decision (administrators), the disposal (registrars), documents and the record PDF.
 */
@Controller
@StaffOnly
public class DeaccessionPagesController {

    private static final int PAGE_SIZE = 50;
    private static final StaffPages.StepTexts TEXTS = new StaffPages.StepTexts("deaccession.flash.illegal",
            "deaccession.status.", "deaccession.flash.stale");

    private final DeaccessionService deaccessions;
    private final DeaccessionDocuments documents;
    private final StaffPages pages;

    public DeaccessionPagesController(DeaccessionService deaccessions, DeaccessionDocuments documents, StaffPages pages) {
        this.deaccessions = deaccessions;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/staff/deaccessions")
    public String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                       Model model) {
        List<FieldProblem> ignored = new ArrayList<>();
        DeaccessionStatus filter = FormValues.toEnum(DeaccessionStatus.class, status, "status", ignored);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", DeaccessionStatus.values());
        model.addAttribute("results", deaccessions.list(filter, PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("id")))));
        return "deaccession/list";
    }

    @GetMapping("/staff/deaccessions/new")
    @CataloguersOnly
    public String newProposal(@RequestParam(required = false) List<String> objectNumber, Model model) {
        ProposalForm form = new ProposalForm();
        form.setObjectNumbers(objectNumber == null ? "" : String.join("\n", objectNumber));
        form.setProposedMethod(DisposalMethod.TRANSFER.name());
        return proposalForm(model, form, FormProblems.none());
    }

    @PostMapping("/staff/deaccessions")
    @CataloguersOnly
    public String propose(@ModelAttribute("form") ProposalForm form, Model model, Locale locale,
                          RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var proposal = form.toProposal(typeProblems);
            FormValues.throwIfAny(typeProblems);
            DeaccessionView d = deaccessions.propose(proposal);
            pages.ok(redirect, locale, "deaccession.flash.proposed", d.number());
            return "redirect:/staff/deaccessions/" + StaffPages.segment(d.number());
        } catch (InvalidRecordException e) {
            return proposalForm(model, form, FormProblems.of(e.problems(), ProposalForm::formField, pages.messages(), locale));
        }
    }

    private String proposalForm(Model model, ProposalForm form, FormProblems problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("reasons", DeaccessionReason.values());
        model.addAttribute("methods", DisposalMethod.values());
        return "deaccession/new";
    }

    @GetMapping("/staff/deaccessions/{number}")
    public String show(@PathVariable String number, Model model) {
        model.addAttribute("d", deaccessions.get(number));
        model.addAttribute("history", deaccessions.history(number));
        model.addAttribute("methods", DisposalMethod.values());
        model.addAttribute("outcomes", DecisionOutcome.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
        return "deaccession/show";
    }

    @PostMapping("/staff/deaccessions/{number}/decision")
    @AdministratorsOnly
    public String decide(@PathVariable String number, @RequestParam(required = false) String outcome,
                         @RequestParam(required = false) String date, @RequestParam(required = false) String minuteReference,
                         @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                         Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "deaccession.flash.decided", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            DeaccessionDecision decision = new DeaccessionDecision(
                    FormValues.toEnum(DecisionOutcome.class, outcome, "outcome", problems),
                    FormValues.toDate(date, "date", problems), minuteReference, note);
            FormValues.throwIfAny(problems);
            deaccessions.decide(number, decision, version);
        });
    }

    @PostMapping("/staff/deaccessions/{number}/disposal")
    @RegistrarsOnly
    public String dispose(@PathVariable String number, @RequestParam(required = false) String method,
                          @RequestParam(required = false) String recipient, @RequestParam(required = false) String date,
                          @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                          Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "deaccession.flash.disposed", () -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate on = FormValues.toDate(date, "date", problems);
            Disposal disposal = new Disposal(FormValues.toEnum(DisposalMethod.class, method, "method", problems),
                    recipient, on, note);
            FormValues.throwIfAny(problems);
            deaccessions.dispose(number, disposal, version);
        });
    }

    @PostMapping("/staff/deaccessions/{number}/cancel")
    @CataloguersOnly
    public String cancel(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                         RedirectAttributes redirect) {
        return act(number, locale, redirect, "deaccession.flash.cancelled", () -> deaccessions.cancel(number, version));
    }

    @PostMapping("/staff/deaccessions/{number}/documents")
    @CataloguersOnly
    public String attach(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "deaccession.flash.attached", () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidRecordException(FieldProblem.of("document", "required"));
            }
            try (InputStream in = file.getInputStream()) {
                deaccessions.attach(number, file.getOriginalFilename(), in, version);
            } catch (UploadTooLargeException e) {
                throw new InvalidRecordException(FieldProblem.of("document", "photo-too-large", 1, e.maxBytes() / 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/staff/deaccessions/{number}/documents/{id}")
    public ResponseEntity<Resource> document(@PathVariable String number, @PathVariable long id) {
        return documents.document(number, id);
    }

    @GetMapping("/staff/deaccessions/{number}/record.pdf")
    public ResponseEntity<byte[]> record(@PathVariable String number, Locale locale) {
        return documents.record(number, locale);
    }

    /** Runs a step and reports its outcome on the deaccession's page (Post/Redirect/Get). */
    private String act(String number, Locale locale, RedirectAttributes redirect, String okKey, Runnable step) {
        return pages.step("/staff/deaccessions/" + StaffPages.segment(number.strip().toUpperCase(Locale.ROOT)), TEXTS,
                locale, redirect, okKey, step);
    }
}
