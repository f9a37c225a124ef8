package tw.museum.site.exhibition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
import tw.museum.catalog.exhibition.ExhibitionKind;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.exhibition.ExhibitionView;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.HistoryPage;
import tw.museum.site.staff.StaffActions;
import tw.museum.site.staff.StaffPages;

/**
 * The workspace pages of exhibitions: list, view, write, reorder objects, publish, install and close (the
 * objects' movements: registrars), history.
 */
@Controller
@StaffOnly
public class ExhibitionStaffController {

    private static final String BASE = "/staff/exhibitions";

    private final ExhibitionService exhibitions;
    private final StaffPages pages;
    private final StaffActions actions;
    private final ExhibitionLinks links;

    public ExhibitionStaffController(ExhibitionService exhibitions, StaffPages pages, StaffActions actions,
                                     ExhibitionLinks links) {
        this.exhibitions = exhibitions;
        this.pages = pages;
        this.actions = actions;
        this.links = links;
    }

    @GetMapping(BASE)
    public String list(Model model) {
        model.addAttribute("exhibitions", exhibitions.list());
        return "exhibition/staff-list";
    }

    @GetMapping(BASE + "/new")
    @CataloguersOnly
    public String newForm(Model model) {
        return form(model, ExhibitionForm.empty(), null, FormProblems.none(), null);
    }

    @PostMapping(BASE)
    @CataloguersOnly
    public String create(@ModelAttribute("form") ExhibitionForm form, Model model, Locale locale,
                         RedirectAttributes redirect) {
        ExhibitionForm.Conversion conversion = form.toData();
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, null, conversion, conversion.problems(), locale);
        }
        try {
            ExhibitionView created = exhibitions.create(conversion.data());
            pages.ok(redirect, locale, "exh.staff.flash.created", created.number());
            return "redirect:" + links.staff(created.number());
        } catch (InvalidRecordException e) {
            return refused(model, form, null, conversion, e.problems(), locale);
        }
    }

    @GetMapping(BASE + "/{number}")
    public String show(@PathVariable String number, Model model) {
        model.addAttribute("e", exhibitions.get(number));
        return "exhibition/staff-show";
    }

    @GetMapping(BASE + "/{number}/edit")
    @CataloguersOnly
    public String editForm(@PathVariable String number, Model model) {
        ExhibitionView e = exhibitions.get(number);
        return form(model, ExhibitionForm.of(e), e.number(), FormProblems.none(), null);
    }

    @PostMapping(BASE + "/{number}")
    @CataloguersOnly
    public String update(@PathVariable String number, @ModelAttribute("form") ExhibitionForm form, Model model,
                         Locale locale, RedirectAttributes redirect) {
        String key = exhibitions.get(number).number(); // unknown exhibition: the not-found page, not a form
        ExhibitionForm.Conversion conversion = form.toData();
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, key, conversion, conversion.problems(), locale);
        }
        try {
            exhibitions.update(key, conversion.data());
            pages.ok(redirect, locale, "exh.staff.flash.saved", key);
            return "redirect:" + links.staff(key);
        } catch (InvalidRecordException e) {
            return refused(model, form, key, conversion, e.problems(), locale);
        } catch (StaleVersionException e) {
            return form(model, form, key, FormProblems.none(), actions.stale(e, locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, form, key, FormProblems.none(), pages.message("problem.detail.concurrent-edit", locale));
        }
    }

    @PostMapping(BASE + "/{number}/objects/{index}/move")
    @CataloguersOnly
    public String move(@PathVariable String number, @PathVariable int index, @RequestParam int delta,
                       @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        String key = exhibitions.get(number).number();
        actions.run(() -> exhibitions.moveObject(key, index, delta < 0 ? -1 : 1, version), locale, redirect,
                "exh.staff.flash.moved");
        return "redirect:" + links.staff(key);
    }

    @PostMapping(BASE + "/{number}/publish")
    @CataloguersOnly
    public String publish(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                          RedirectAttributes redirect) {
        return step(number, key -> exhibitions.publish(key, version), locale, redirect, "exh.staff.flash.published");
    }

    @PostMapping(BASE + "/{number}/unpublish")
    @CataloguersOnly
    public String unpublish(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                            RedirectAttributes redirect) {
        return step(number, key -> exhibitions.unpublish(key, version), locale, redirect, "exh.staff.flash.unpublished");
    }

    /** Moves the objects not yet on display to the exhibition's location, one movement each. */
    @PostMapping(BASE + "/{number}/install")
    @RegistrarsOnly
    public String install(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                          RedirectAttributes redirect) {
        return step(number, key -> exhibitions.install(key, version), locale, redirect, "exh.staff.flash.installed");
    }

    /** Moves the objects on display back to their home locations and closes the exhibition. */
    @PostMapping(BASE + "/{number}/close")
    @RegistrarsOnly
    public String close(@PathVariable String number, @RequestParam(required = false) Long version, Locale locale,
                        RedirectAttributes redirect) {
        return step(number, key -> exhibitions.close(key, version), locale, redirect, "exh.staff.flash.closed");
    }

    @GetMapping(BASE + "/{number}/history")
    public String history(@PathVariable String number, Model model, Locale locale) {
        ExhibitionView e = exhibitions.get(number);
        return HistoryPage.show(model, pages.message("exh.staff.history.title", locale, e.number()), links.staff(e.number()),
                exhibitions.history(e.number()));
    }

    /** One workflow step on the exhibition: run it, flash the outcome named with the number, back to its page. */
    private String step(String number, Consumer<String> action, Locale locale, RedirectAttributes redirect,
                        String okKey) {
        String key = exhibitions.get(number).number(); // unknown exhibition: the not-found page
        actions.run(() -> action.accept(key), locale, redirect, okKey, key);
        return "redirect:" + links.staff(key);
    }

    private String refused(Model model, ExhibitionForm form, String number, ExhibitionForm.Conversion conversion,
                           List<FieldProblem> problems, Locale locale) {
        return form(model, form, number, FormProblems.of(problems, conversion::formField, pages.messages(), locale), null);
    }

    private String form(Model model, ExhibitionForm form, String number, FormProblems problems, String stale) {
        form.pad();
        model.addAttribute("form", form);
        model.addAttribute("number", number);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("kinds", Arrays.asList(ExhibitionKind.values()));
        return "exhibition/staff-form";
    }
}
