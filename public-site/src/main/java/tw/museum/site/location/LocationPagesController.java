package tw.museum.site.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementService;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/**
 * The location authority in the workspace: the tree from the buildings down, each location with what is
 * there and what lives there but is away, its label sheet; registrars and administrators manage it.
 */
@Controller
@StaffOnly
public class LocationPagesController {

    private static final int PAGE_SIZE = 50;

    private final LocationService locations;
    private final MovementService movements;
    private final LabelSheets labels;
    private final StaffPages pages;

    public LocationPagesController(LocationService locations, MovementService movements, LabelSheets labels,
                                   StaffPages pages) {
        this.locations = locations;
        this.movements = movements;
        this.labels = labels;
        this.pages = pages;
    }

    @GetMapping("/staff/locations")
    public String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        String query = StaffPages.trimmed(q);
        model.addAttribute("q", query);
        if (query == null) {
            List<LocationRef> roots = locations.roots();
            model.addAttribute("roots", roots);
            model.addAttribute("counts", counts(roots));
        } else {
            model.addAttribute("results", locations.search(query,
                    PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE, Sort.by("code"))));
        }
        return "location/list";
    }

    @GetMapping("/staff/locations/{id}")
    public String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        LocationView location = locations.get(id);
        List<LocationRef> children = locations.children(id);
        model.addAttribute("l", location);
        model.addAttribute("children", children);
        model.addAttribute("counts", counts(children));
        model.addAttribute("objects", movements.objectsAt(id, false, PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE)));
        model.addAttribute("away", movements.awayFrom(id));
        return "location/show";
    }

    @GetMapping("/staff/locations/new")
    @RegistrarsOnly
    public String newForm(@RequestParam(required = false) Long parent, Model model) {
        LocationView above = parent == null ? null : locations.get(parent);
        return form(model, LocationForm.under(above), null, FormProblems.none(), null);
    }

    @GetMapping("/staff/locations/{id}/edit")
    @RegistrarsOnly
    public String editForm(@PathVariable long id, Model model) {
        return form(model, LocationForm.of(locations.get(id)), locations.get(id), FormProblems.none(), null);
    }

    @PostMapping({"/staff/locations", "/staff/locations/{id}"})
    @RegistrarsOnly
    public String save(@PathVariable(required = false) Long id, @ModelAttribute("form") LocationForm form, Model model,
                       Locale locale, RedirectAttributes redirect) {
        LocationView existing = id == null ? null : locations.get(id);
        List<FieldProblem> typeProblems = new ArrayList<>();
        Long parentId = null;
        if (!FormValues.blank(form.getParentCode())) {
            parentId = locations.findByCode(form.getParentCode()).map(LocationView::id).orElse(null);
            if (parentId == null) {
                typeProblems.add(FieldProblem.of("parentId", "unknown-location", form.getParentCode().strip()));
            }
        }
        var data = form.toData(parentId, typeProblems);
        LocationView saved;
        try {
            FormValues.throwIfAny(typeProblems);
            saved = id == null ? locations.create(data) : locations.update(id, data);
        } catch (InvalidRecordException e) {
            return form(model, form, existing, FormProblems.of(e.problems(),
                    f -> f.equals("parentId") ? "parentCode" : f, pages.messages(), locale), null);
        } catch (StaleVersionException e) {
            return form(model, form, existing, FormProblems.none(), stale(e, locale));
        }
        pages.ok(redirect, locale, "loc.flash.saved", saved.code());
        return "redirect:/staff/locations/" + saved.id();
    }

    @PostMapping("/staff/locations/{id}/retire")
    @RegistrarsOnly
    public String retire(@PathVariable long id, @RequestParam(required = false) String version, Locale locale,
                         RedirectAttributes redirect) {
        return changeRetired(id, version, true, locale, redirect);
    }

    @PostMapping("/staff/locations/{id}/reinstate")
    @RegistrarsOnly
    public String reinstate(@PathVariable long id, @RequestParam(required = false) String version, Locale locale,
                            RedirectAttributes redirect) {
        return changeRetired(id, version, false, locale, redirect);
    }

    @GetMapping("/staff/locations/{id}/labels.pdf")
    public ResponseEntity<byte[]> labels(@PathVariable long id, @RequestParam(defaultValue = "self") String scope,
                                         Locale locale) {
        return labels.forLocation(id, scope, locale);
    }

    private String changeRetired(long id, String version, boolean retire, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Long v = FormValues.toLong(version, "version", problems);
        try {
            LocationView l = retire ? locations.retire(id, v) : locations.reinstate(id, v);
            pages.ok(redirect, locale, retire ? "loc.flash.retired" : "loc.flash.reinstated", l.code());
        } catch (InvalidRecordException e) {
            pages.errors(redirect, FormProblems.of(e.problems(), pages.messages(), locale).all().values().stream()
                    .flatMap(List::stream).toList());
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(stale(e, locale)));
        }
        return "redirect:/staff/locations/" + id;
    }

    private String stale(StaleVersionException e, Locale locale) {
        return pages.message("problem.detail.stale-version", locale, e.key(),
                e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion());
    }

    private Map<Long, Integer> counts(List<LocationRef> refs) {
        return movements.countsAt(refs.stream().map(LocationRef::id).toList());
    }

    private String form(Model model, LocationForm form, LocationView existing, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", LocationKind.values());
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        return "location/form";
    }
}
