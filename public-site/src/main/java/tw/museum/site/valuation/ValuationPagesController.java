package tw.museum.site.valuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.valuation.ValuationService;
import tw.museum.catalog.valuation.ValuationView;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/**
 * Valuations in the workspace, for registrars and managers (curators and administrators; conservators do
 * not see worth): a new valuation from the artifact page, and the correction of one.
 */
@Controller
@CataloguersOnly
public class ValuationPagesController {

    private final ValuationService valuations;
    private final StaffPages pages;

    public ValuationPagesController(ValuationService valuations, StaffPages pages) {
        this.valuations = valuations;
        this.pages = pages;
    }

    @PostMapping("/staff/artifacts/{objectNumber}/valuations")
    public String record(@PathVariable String objectNumber, @ModelAttribute ValuationForm form, Locale locale,
                         RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            FormValues.throwIfAny(typeProblems);
            ValuationView v = valuations.record(objectNumber, data);
            pages.ok(redirect, locale, "valuation.recorded", v.amountText(), v.currency());
        } catch (InvalidRecordException e) {
            redirect.addFlashAttribute("valuationProblems", FormProblems.of(e.problems(), pages.messages(), locale));
            redirect.addFlashAttribute("valuationForm", form);
        }
        return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber) + "#valuations";
    }

    @GetMapping("/staff/valuations/{id}")
    public String edit(@PathVariable long id, Model model) {
        ValuationView v = valuations.get(id);
        return form(model, v, ValuationForm.of(v), FormProblems.none());
    }

    @PostMapping("/staff/valuations/{id}")
    public String correct(@PathVariable long id, @ModelAttribute ValuationForm form, Model model, Locale locale,
                          RedirectAttributes redirect) {
        ValuationView v = valuations.get(id);
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            FormValues.throwIfAny(typeProblems);
            valuations.correct(id, data);
            pages.ok(redirect, locale, "valuation.corrected");
            return "redirect:/staff/artifacts/" + StaffPages.segment(v.objectNumber()) + "#valuations";
        } catch (InvalidRecordException e) {
            return form(model, v, form, FormProblems.of(e.problems(), pages.messages(), locale));
        } catch (StaleVersionException e) {
            model.addAttribute("flashErrors", List.of(pages.message("problem.detail.stale-version", locale, e.key(),
                    e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion())));
            ValuationView now = valuations.get(id);
            return form(model, now, ValuationForm.of(now), FormProblems.none());
        }
    }

    private String form(Model model, ValuationView v, ValuationForm form, FormProblems problems) {
        model.addAttribute("valuation", v);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("loans", valuations.loansUsing(v.id()));
        return "valuation/edit";
    }
}
