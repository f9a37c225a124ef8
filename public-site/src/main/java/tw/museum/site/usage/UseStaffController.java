package tw.museum.site.usage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import tw.museum.catalog.usage.CollectionUseService;
import tw.museum.catalog.usage.CollectionUseView;
import tw.museum.catalog.usage.UseKind;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.HistoryPage;
import tw.museum.site.staff.StaffActions;
import tw.museum.site.staff.StaffPages;

/** The workspace pages of recorded uses (workshops, research, filming ...): list, record, edit, history. */
@Controller
@StaffOnly
public class UseStaffController {

    private static final String BASE = "/staff/uses";

    private final CollectionUseService uses;
    private final StaffPages pages;
    private final StaffActions actions;

    public UseStaffController(CollectionUseService uses, StaffPages pages, StaffActions actions) {
        this.uses = uses;
        this.pages = pages;
        this.actions = actions;
    }

    @GetMapping(BASE)
    public String list(Model model) {
        model.addAttribute("uses", uses.recent(200));
        return "usage/staff-list";
    }

    @GetMapping(BASE + "/new")
    @CataloguersOnly
    public String newForm(@RequestParam(required = false) String object, Model model) {
        return form(model, UseForm.forObject(object), null, FormProblems.none(), null);
    }

    @PostMapping(BASE)
    @CataloguersOnly
    public String create(@ModelAttribute("form") UseForm form, Model model, Locale locale, RedirectAttributes redirect) {
        UseForm.Conversion conversion = form.toData();
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, null, conversion, conversion.problems(), locale);
        }
        try {
            CollectionUseView recorded = uses.record(conversion.data());
            pages.ok(redirect, locale, "use.staff.flash.recorded");
            return "redirect:" + BASE + "/" + recorded.id();
        } catch (InvalidRecordException e) {
            return refused(model, form, null, conversion, e.problems(), locale);
        }
    }

    @GetMapping(BASE + "/{id}")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("u", uses.get(id));
        return "usage/staff-show";
    }

    @GetMapping(BASE + "/{id}/edit")
    @CataloguersOnly
    public String editForm(@PathVariable long id, Model model) {
        return form(model, UseForm.of(uses.get(id)), id, FormProblems.none(), null);
    }

    @PostMapping(BASE + "/{id}")
    @CataloguersOnly
    public String update(@PathVariable long id, @ModelAttribute("form") UseForm form, Model model, Locale locale,
                         RedirectAttributes redirect) {
        uses.get(id);
        UseForm.Conversion conversion = form.toData();
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, id, conversion, conversion.problems(), locale);
        }
        try {
            uses.update(id, conversion.data());
            pages.ok(redirect, locale, "use.staff.flash.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidRecordException e) {
            return refused(model, form, id, conversion, e.problems(), locale);
        } catch (StaleVersionException e) {
            return form(model, form, id, FormProblems.none(), actions.stale(e, locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, form, id, FormProblems.none(), pages.message("problem.detail.concurrent-edit", locale));
        }
    }

    @GetMapping(BASE + "/{id}/history")
    public String history(@PathVariable long id, Model model, Locale locale) {
        uses.get(id);
        return HistoryPage.show(model, pages.message("use.staff.history", locale), BASE + "/" + id, uses.history(id));
    }

    private String refused(Model model, UseForm form, Long id, UseForm.Conversion conversion, List<FieldProblem> problems,
                           Locale locale) {
        return form(model, form, id, FormProblems.of(problems, conversion::formField, pages.messages(), locale), null);
    }

    private String form(Model model, UseForm form, Long id, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("kinds", Arrays.asList(UseKind.values()));
        return "usage/staff-form";
    }
}
