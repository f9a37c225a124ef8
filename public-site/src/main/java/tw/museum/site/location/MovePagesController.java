package tw.museum.site.location;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveResult;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.staff.StaffTime;
import tw.museum.site.staff.StaffUrls;

/**
 * Moving objects in the workspace: many at once (a pasted list, everything on a shelf, a staff search
 * result), or one from its artifact page; and setting an object's home location. Registrars and
 * administrators move; everyone on the staff sees where things are and the batches' records.
 */
@Controller
@StaffOnly
public class MovePagesController {

    private final BulkMoves bulk;
    private final MovementService movements;
    private final LocationService locations;
    private final StaffPages pages;
    private final StaffUrls urls;
    private final LabelSheets labels;
    private final Clock clock;

    public MovePagesController(BulkMoves bulk, MovementService movements, LocationService locations, StaffPages pages,
                               StaffUrls urls, LabelSheets labels, Clock clock) {
        this.labels = labels;
        this.bulk = bulk;
        this.movements = movements;
        this.locations = locations;
        this.pages = pages;
        this.urls = urls;
        this.clock = clock;
    }

    /** The bulk move form; {@code from}, or {@code q}/{@code status}/{@code classification} of a staff search, fill it in. */
    @GetMapping("/staff/moves")
    @RegistrarsOnly
    public String form(@RequestParam(required = false) String from, @RequestParam(defaultValue = "false") boolean inside,
                       @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String classification, Model model, Locale locale) {
        MoveForm form = new MoveForm();
        form.setFromCode(from);
        form.setInside(inside);
        FormProblems problems = FormProblems.none();
        if (StaffPages.trimmed(q) != null || StaffPages.trimmed(status) != null) {
            try {
                form.setNumbers(String.join("\n", bulk.numbers(new MoveSelection(List.of(), null, false,
                        StaffPages.trimmed(q), status, classification))));
            } catch (InvalidRecordException e) {
                problems = FormProblems.of(e.problems(), pages.messages(), locale);
            }
        }
        return page(model, form, problems);
    }

    @PostMapping("/staff/moves")
    @RegistrarsOnly
    public String move(@ModelAttribute("form") MoveForm form, Model model, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        MovementReason reason = form.reason(typeProblems);
        var movedAt = form.movedAt(StaffTime.MUSEUM_ZONE, LocalDate.now(clock.withZone(StaffTime.MUSEUM_ZONE)), typeProblems);
        MoveResult result;
        try {
            FormValues.throwIfAny(typeProblems);
            result = bulk.move(new MoveSelection(form.numberList(), form.blankToNull(form.getFromCode()), form.isInside(),
                            null, null, null), form.toDestination(), reason, form.blankToNull(form.getReference()),
                    form.blankToNull(form.getNote()), movedAt, form.isSetHome());
        } catch (InvalidRecordException e) {
            return page(model, form, FormProblems.of(e.problems(), MovePagesController::formField, pages.messages(), locale));
        }
        pages.ok(redirect, locale, "loc.flash.moved", result.movements().size(), result.alreadyThere().size());
        return "redirect:/staff/moves/batches/" + result.batch();
    }

    @GetMapping("/staff/moves/batches/{batch}")
    public String batch(@PathVariable long batch, Model model) {
        List<MovementView> list = movements.batch(batch);
        if (list.isEmpty()) {
            throw new RecordNotFoundException("movement-batch", batch);
        }
        model.addAttribute("batch", batch);
        model.addAttribute("movements", list);
        return "location/batch";
    }

    /** One object from its artifact page, refused when it moved since the page was shown. */
    @PostMapping("/staff/artifacts/{objectNumber}/move")
    @RegistrarsOnly
    public String moveOne(@PathVariable String objectNumber, @ModelAttribute("form") MoveForm form, Locale locale,
                          RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        MovementReason reason = form.reason(problems);
        var movedAt = form.movedAt(StaffTime.MUSEUM_ZONE, LocalDate.now(clock.withZone(StaffTime.MUSEUM_ZONE)), problems);
        Long version = FormValues.toLong(form.getVersion(), "version", problems);
        try {
            FormValues.throwIfAny(problems);
            MoveResult result = movements.moveOne(objectNumber, form.toDestination(), reason,
                    form.blankToNull(form.getReference()), form.blankToNull(form.getNote()), movedAt, form.isSetHome(),
                    version);
            pages.ok(redirect, locale, result.movements().isEmpty() ? "loc.flash.alreadyThere" : "loc.flash.movedOne", objectNumber);
        } catch (InvalidRecordException e) {
            pages.errors(redirect, messages(e, locale));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("loc.stale.moved", locale, objectNumber)));
        }
        return "redirect:" + urls.artifact(objectNumber) + "#artifact-location";
    }

    /** Sets the object's normal location (without moving it). */
    @PostMapping("/staff/artifacts/{objectNumber}/home")
    @RegistrarsOnly
    public String setHome(@PathVariable String objectNumber, @RequestParam(required = false) String homeCode,
                          @RequestParam(required = false) String version, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Long v = FormValues.toLong(version, "version", problems);
        Long homeId = null;
        if (FormValues.blank(homeCode)) {
            problems.add(FieldProblem.of("homeCode", "required"));
        } else {
            homeId = locations.findByCode(homeCode).map(LocationView::id).orElse(null);
            if (homeId == null) {
                problems.add(FieldProblem.of("homeCode", "unknown-location", homeCode.strip()));
            }
        }
        try {
            FormValues.throwIfAny(problems);
            movements.setHome(objectNumber, homeId, v);
            pages.ok(redirect, locale, "loc.flash.homeSet", objectNumber);
        } catch (InvalidRecordException e) {
            pages.errors(redirect, messages(e, locale));
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("loc.stale.moved", locale, objectNumber)));
        }
        return "redirect:" + urls.artifact(objectNumber) + "#artifact-location";
    }

    /** The object's own label: its number as QR code and Code 128, its title, its home location's code. */
    @GetMapping("/staff/artifacts/{objectNumber}/label.pdf")
    public ResponseEntity<byte[]> label(@PathVariable String objectNumber, Locale locale) {
        return labels.forObject(objectNumber, locale);
    }

    private List<String> messages(InvalidRecordException e, Locale locale) {
        return FormProblems.of(e.problems(), pages.messages(), locale).all().values().stream().flatMap(List::stream).toList();
    }

    /** The service's field paths as the form names them: every object's problem goes under the list. */
    private static String formField(String field) {
        if (field.startsWith("objectNumbers")) {
            return "numbers";
        }
        return switch (field) {
            case "to", "to.locationCode", "to.locationId" -> "toCode";
            case "to.offSite" -> "offSite";
            case "fromLocation" -> "fromCode";
            case "movedAt" -> "movedOn";
            default -> field;
        };
    }

    private String page(Model model, MoveForm form, FormProblems problems) {
        model.addAttribute("form", form);
        model.addAttribute("reasons", MoveForm.REASONS);
        model.addAttribute("problems", problems);
        return "location/move";
    }
}
