package tw.museum.site.learning;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.staff.StaffTime;

/** The workspace pages of learning units: list, view, write, reorder sections, schedule, history. */
@Controller
@StaffOnly
public class LearningStaffController {

    private static final String BASE = "/staff/learning";

    private final LearningUnitService units;
    private final TermService terms;
    private final StaffPages pages;
    private final StaffTime time;

    public LearningStaffController(LearningUnitService units, TermService terms, StaffPages pages, StaffTime time) {
        this.units = units;
        this.terms = terms;
        this.pages = pages;
        this.time = time;
    }

    @GetMapping(BASE)
    public String list(Model model) {
        model.addAttribute("units", units.list());
        return "learning/staff-list";
    }

    @GetMapping(BASE + "/new")
    @CataloguersOnly
    public String newForm(Model model) {
        return form(model, LearningUnitForm.empty(), null, FormProblems.none(), null);
    }

    @PostMapping(BASE)
    @CataloguersOnly
    public String create(@ModelAttribute("form") LearningUnitForm form, Model model, Locale locale,
                         RedirectAttributes redirect) {
        LearningUnitForm.Conversion conversion = form.toData(null);
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, null, conversion, conversion.problems(), locale);
        }
        try {
            LearningUnitView created = units.create(conversion.data());
            pages.ok(redirect, locale, "learning.staff.flash.created", created.slug());
            return "redirect:" + BASE + "/" + created.slug();
        } catch (InvalidRecordException e) {
            return refused(model, form, null, conversion, e.problems(), locale);
        } catch (DataIntegrityViolationException e) {
            // two people created the same slug at once: the database refused the second
            return refused(model, form, null, conversion,
                    List.of(FieldProblem.of("slug", "duplicate", conversion.data().slug())), locale);
        }
    }

    @GetMapping(BASE + "/{slug}")
    public String show(@PathVariable String slug, Model model) {
        model.addAttribute("u", units.get(slug));
        return "learning/staff-show";
    }

    @GetMapping(BASE + "/{slug}/edit")
    @CataloguersOnly
    public String editForm(@PathVariable String slug, Model model) {
        return form(model, LearningUnitForm.of(units.get(slug)), slug, FormProblems.none(), null);
    }

    @PostMapping(BASE + "/{slug}")
    @CataloguersOnly
    public String update(@PathVariable String slug, @ModelAttribute("form") LearningUnitForm form, Model model,
                         Locale locale, RedirectAttributes redirect) {
        units.get(slug); // unknown unit: the not-found page, not a form
        form.setSlug(slug);
        LearningUnitForm.Conversion conversion = form.toData(slug);
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, slug, conversion, conversion.problems(), locale);
        }
        try {
            units.update(slug, conversion.data());
            pages.ok(redirect, locale, "learning.staff.flash.saved", slug);
            return "redirect:" + BASE + "/" + slug;
        } catch (InvalidRecordException e) {
            return refused(model, form, slug, conversion, e.problems(), locale);
        } catch (StaleVersionException e) {
            return form(model, form, slug, FormProblems.none(), pages.message("problem.detail.stale-version", locale,
                    e.key(), e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion()));
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, form, slug, FormProblems.none(), pages.message("problem.detail.concurrent-edit", locale));
        }
    }

    @PostMapping(BASE + "/{slug}/sections/{index}/move")
    @CataloguersOnly
    public String move(@PathVariable String slug, @PathVariable int index, @RequestParam int delta,
                       @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(slug, locale, redirect, () -> {
            units.moveSection(slug, index, delta < 0 ? -1 : 1, version);
            pages.ok(redirect, locale, "learning.staff.flash.moved");
        });
    }

    /** Schedules publication at a local date and time of the museum (Taipei); empty means now. */
    @PostMapping(BASE + "/{slug}/schedule")
    @CataloguersOnly
    public String schedule(@PathVariable String slug, @RequestParam(required = false) String publishAt,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        java.time.Instant at;
        try {
            at = publishAt == null || publishAt.isBlank() ? java.time.Instant.now()
                    : LocalDateTime.parse(publishAt.strip()).atZone(StaffTime.MUSEUM_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            pages.errors(redirect, List.of(pages.message("problem.wrong-type", locale, "publishAt")));
            return "redirect:" + BASE + "/" + slug;
        }
        return act(slug, locale, redirect, () -> {
            LearningUnitView u = units.schedule(slug, at, version);
            pages.ok(redirect, locale, "learning.staff.flash.scheduled", slug,
                    time.format(u.publishAt()));
        });
    }

    @PostMapping(BASE + "/{slug}/unpublish")
    @CataloguersOnly
    public String unpublish(@PathVariable String slug, @RequestParam(required = false) Long version, Locale locale,
                            RedirectAttributes redirect) {
        return act(slug, locale, redirect, () -> {
            units.unpublish(slug, version);
            pages.ok(redirect, locale, "learning.staff.flash.unpublished", slug);
        });
    }

    @GetMapping(BASE + "/{slug}/history")
    public String history(@PathVariable String slug, Model model) {
        model.addAttribute("u", units.get(slug));
        model.addAttribute("history", units.history(slug));
        return "learning/staff-history";
    }

    private String act(String slug, Locale locale, RedirectAttributes redirect, Runnable action) {
        units.get(slug);
        try {
            action.run();
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.stale-version", locale, e.key(),
                    e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion())));
        } catch (ObjectOptimisticLockingFailureException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.concurrent-edit", locale)));
        } catch (InvalidRecordException e) {
            FormProblems problems = FormProblems.of(e.problems(), pages.messages(), locale);
            pages.errors(redirect, problems.all().values().stream().flatMap(List::stream).toList());
        }
        return "redirect:" + BASE + "/" + slug;
    }

    private String refused(Model model, LearningUnitForm form, String slug, LearningUnitForm.Conversion conversion,
                           List<FieldProblem> problems, Locale locale) {
        return form(model, form, slug, FormProblems.of(problems, conversion::formField, pages.messages(), locale), null);
    }

    private String form(Model model, LearningUnitForm form, String slug, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("slug", slug);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("subjects", terms.list(Vocabulary.SUBJECT));
        model.addAttribute("ageGroups", Arrays.asList(AgeGroup.values()));
        return "learning/staff-form";
    }
}
