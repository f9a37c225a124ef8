package tw.museum.site.inventory;

import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.inventory.Decision;
import tw.museum.catalog.inventory.InventoryReport;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.inventory.InventoryStatus;
import tw.museum.catalog.inventory.Outcome;
import tw.museum.catalog.inventory.ScanResult;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/**
 * Inventories in the workspace: start one at a location, the scanning page (made for a phone, and for a
 * scanner that types like a keyboard and presses Enter), the comparison with a decision for each
 * discrepancy, completion, and the report as PDF and CSV. Registrars' work, like every change of location.
 */
@Controller
@RegistrarsOnly
public class InventoryController {

    static final String BASE = "/staff/inventories";
    /**
     * The site's policy forbids the camera everywhere; the scanning page alone may use it (same origin only),
     * for BarcodeDetector. Set before the security headers are written, it takes their place on this page.
     */
    static final String SCANNING_PERMISSIONS = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    private final InventoryService inventories;
    private final InventoryDocuments documents;
    private final StaffPages pages;

    public InventoryController(InventoryService inventories, InventoryDocuments documents, StaffPages pages) {
        this.inventories = inventories;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping(BASE)
    public String list(Model model) {
        model.addAttribute("open", inventories.open());
        model.addAttribute("recent", inventories.recent(50).stream()
                .filter(i -> i.status() != InventoryStatus.OPEN).toList());
        problems(model);
        return "inventory/list";
    }

    @PostMapping(BASE)
    public String start(@RequestParam(required = false) String location, Locale locale, RedirectAttributes redirect) {
        try {
            InventoryService.Started started = inventories.start(location);
            pages.ok(redirect, locale, started.joined() ? "inventory.flash.joined" : "inventory.flash.started",
                    started.inventory().number());
            return "redirect:" + BASE + "/" + StaffPages.segment(started.inventory().number());
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
            redirect.addFlashAttribute("location", location);
            return "redirect:" + BASE;
        }
    }

    /** The scanning page; {@code at} is the location label scanned last on this phone. */
    @GetMapping(BASE + "/{number}")
    public String scanning(@PathVariable String number, @RequestParam(required = false) String at, Model model,
                           jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Permissions-Policy", SCANNING_PERMISSIONS);
        // the counts alone, in SQL: this page loads after every scan, also in a store of 50,000 objects
        model.addAttribute("inventory", inventories.get(number));
        model.addAttribute("counts", inventories.counts(number));
        model.addAttribute("at", at == null || at.isBlank() ? null : at.strip());
        problems(model);
        return "inventory/scan";
    }

    @PostMapping(BASE + "/{number}/scans")
    public String scan(@PathVariable String number, @RequestParam(required = false) String code,
                       @RequestParam(required = false) String at, Locale locale, RedirectAttributes redirect) {
        String place = at == null || at.isBlank() ? null : at.strip();
        try {
            ScanResult result = inventories.scan(number, code, place);
            redirect.addFlashAttribute("scan", result);
            if (result.kind() == ScanResult.Kind.LOCATION) {
                place = result.location().code();
            }
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
            redirect.addFlashAttribute("scanned", code);
        }
        return "redirect:" + BASE + "/" + StaffPages.segment(number) + (place == null ? "" : "?at=" + StaffPages.segment(place));
    }

    @GetMapping(BASE + "/{number}/report")
    public String report(@PathVariable String number, Model model) {
        InventoryReport report = inventories.report(number);
        model.addAttribute("report", report);
        model.addAttribute("inventory", report.inventory());
        model.addAttribute("open", report.inventory().status() == InventoryStatus.OPEN);
        model.addAttribute("choices", java.util.Map.of(
                Outcome.MISSING, Decision.forOutcome(Outcome.MISSING),
                Outcome.MISPLACED, Decision.forOutcome(Outcome.MISPLACED),
                Outcome.UNEXPECTED, Decision.forOutcome(Outcome.UNEXPECTED)));
        problems(model);
        return "inventory/report";
    }

    @PostMapping(BASE + "/{number}/decisions")
    public String decide(@PathVariable String number, @RequestParam(required = false) String key,
                         @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                         Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "inventory.flash.decided", () -> {
            List<FieldProblem> typeProblems = new java.util.ArrayList<>();
            Decision choice = FormValues.toEnum(Decision.class, decision, "decision", typeProblems);
            FormValues.throwIfAny(typeProblems);
            inventories.decide(number, key, choice, note);
        });
    }

    @PostMapping(BASE + "/{number}/confirm-missing")
    public String confirmMissing(@PathVariable String number, @RequestParam(required = false) String note,
                                 Locale locale, RedirectAttributes redirect) {
        return act(number, locale, redirect, "inventory.flash.decided", () -> inventories.confirmAllMissing(number, note));
    }

    @PostMapping(BASE + "/{number}/complete")
    public String complete(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                           RedirectAttributes redirect) {
        return act(number, locale, redirect, "inventory.flash.completed", () -> inventories.complete(number, version));
    }

    @PostMapping(BASE + "/{number}/cancel")
    public String cancel(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                         RedirectAttributes redirect) {
        return act(number, locale, redirect, "inventory.flash.cancelled", () -> inventories.cancel(number, version));
    }

    @GetMapping(BASE + "/{number}/report.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String number, Locale locale) {
        return documents.pdf(number, locale);
    }

    @GetMapping(BASE + "/{number}/report.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String number, Locale locale) {
        return documents.csv(number, locale);
    }

    private String act(String number, Locale locale, RedirectAttributes redirect, String okKey, Runnable step) {
        try {
            step.run();
            pages.ok(redirect, locale, okKey);
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("problems", FormProblems.of(e.problems(), pages.messages(), locale));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("inventory.stale", locale)));
        }
        return "redirect:" + BASE + "/" + StaffPages.segment(number) + "/report";
    }

    private static void problems(Model model) {
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.none());
        }
    }
}
