package tw.museum.site.donation;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.donation.CommitteeDecision;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.DonationStatus;
import tw.museum.catalog.donation.Evaluation;
import tw.museum.catalog.donation.PhotoFile;
import tw.museum.catalog.donation.Verdict;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/** The donation workspace: offers, the curator's evaluation, the committee's decision and accessioning. */
@Controller
@CataloguersOnly
public class DonationStaffController {

    private static final StaffPages.StepTexts TEXTS = new StaffPages.StepTexts("donations.staff.illegal",
            "donations.status.", "donations.staff.stale");

    private final DonationService donations;
    private final DonationDocuments documents;
    private final StaffPages pages;

    public DonationStaffController(DonationService donations, DonationDocuments documents, StaffPages pages) {
        this.donations = donations;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/staff/donations/{number}/deed-of-gift.pdf")
    public ResponseEntity<byte[]> deed(@PathVariable String number, Locale locale) {
        return documents.deedOfGift(number, locale);
    }

    @GetMapping("/staff/donations/{number}/thank-you.pdf")
    public ResponseEntity<byte[]> thanks(@PathVariable String number, Locale locale) {
        return documents.thankYouLetter(number, locale);
    }

    @GetMapping("/staff/donations")
    public String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                       Model model) {
        DonationStatus filter = parse(DonationStatus.class, status);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", DonationStatus.values());
        model.addAttribute("results", donations.list(filter,
                PageRequest.of(StaffPages.pageIndex(page), 50, Sort.by("createdAt", "id"))));
        return "donation/staff-list";
    }

    @GetMapping("/staff/donations/{number}")
    public String show(@PathVariable String number, Model model) {
        model.addAttribute("view", donations.get(number));
        model.addAttribute("verdicts", Verdict.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
        return "donation/staff-offer";
    }

    @PostMapping("/staff/donations/{number}/evaluation")
    public String evaluate(@PathVariable String number, @RequestParam(required = false) String relevance,
                           @RequestParam(required = false) String condition,
                           @RequestParam(required = false) String provenance,
                           @RequestParam(required = false) String storageCost,
                           @RequestParam(required = false) String recommendation,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        Verdict recommended = FormValues.toEnum(Verdict.class, recommendation, "recommendation", typeProblems);
        return act(number, locale, redirect, "donations.staff.evaluated", () -> {
            FormValues.throwIfAny(typeProblems);
            donations.evaluate(number, new Evaluation(relevance, condition, provenance, storageCost, recommended), version);
        });
    }

    @PostMapping("/staff/donations/{number}/decision")
    public String decide(@PathVariable String number, @RequestParam(required = false) String decision,
                         @RequestParam(required = false) String date,
                         @RequestParam(required = false) String minutesReference,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        Verdict verdict = FormValues.toEnum(Verdict.class, decision, "decision", typeProblems);
        LocalDate meeting = FormValues.toDate(date, "date", typeProblems);
        return act(number, locale, redirect, "donations.staff.decided", () -> {
            FormValues.throwIfAny(typeProblems);
            donations.decide(number, new CommitteeDecision(verdict, meeting, minutesReference), version);
        });
    }

    @GetMapping("/staff/donations/{number}/photos/{id}")
    public ResponseEntity<Resource> photo(@PathVariable String number, @PathVariable long id) {
        PhotoFile file = donations.photo(number, id).orElseThrow(() -> new RecordNotFoundException("donation-photo", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(file.path()));
    }

    private String act(String number, Locale locale, RedirectAttributes redirect, String okKey, Runnable step) {
        return pages.step("/staff/donations/" + StaffPages.segment(number), TEXTS, locale, redirect, okKey, step);
    }



    /** A list filter: an unknown status is no filter. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return FormValues.toEnum(type, value, "status", new ArrayList<>());
    }
}
