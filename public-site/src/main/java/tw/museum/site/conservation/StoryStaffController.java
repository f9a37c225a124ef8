package tw.museum.site.conservation;

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
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.conservation.TreatmentStoryView;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.HistoryPage;
import tw.museum.site.staff.StaffActions;
import tw.museum.site.staff.StaffPages;

/**
 * The workspace pages of treatment stories: conservation work (conservators, curators, administrators), like
 * the condition records they are written from. Write, send for review, approve or send back, withdraw.
 */
@Controller
@ConservatorsOnly
public class StoryStaffController {

    private static final String BASE = "/staff/conservation";

    private final TreatmentStoryService stories;
    private final ConditionCheckService conditions;
    private final ArtifactService artifacts;
    private final StaffPages pages;
    private final StaffActions actions;
    private final StoryLinks links;

    public StoryStaffController(TreatmentStoryService stories, ConditionCheckService conditions,
                                ArtifactService artifacts, StaffPages pages, StaffActions actions, StoryLinks links) {
        this.stories = stories;
        this.conditions = conditions;
        this.artifacts = artifacts;
        this.pages = pages;
        this.actions = actions;
        this.links = links;
    }

    @GetMapping(BASE)
    public String list(Model model) {
        model.addAttribute("stories", stories.list());
        return "conservation/staff-list";
    }

    @GetMapping(BASE + "/new")
    public String newForm(@RequestParam String object, @RequestParam(required = false) Long check, Model model) {
        artifacts.get(object); // unknown object: the not-found page
        List<ConditionCheckView> checks = conditions.forArtifact(object);
        return form(model, StoryForm.start(object, check, checks), null, checks, FormProblems.none(), null);
    }

    @PostMapping(BASE)
    public String create(@ModelAttribute("form") StoryForm form, Model model, Locale locale, RedirectAttributes redirect) {
        StoryForm.Conversion conversion = form.toData();
        List<ConditionCheckView> checks = form.getObjectNumber() == null || !artifacts.exists(form.getObjectNumber())
                ? List.of() : conditions.forArtifact(form.getObjectNumber());
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, null, checks, conversion, conversion.problems(), locale);
        }
        try {
            TreatmentStoryView created = stories.create(conversion.data());
            pages.ok(redirect, locale, "story.staff.flash.created");
            return "redirect:" + links.staff(created.id());
        } catch (InvalidRecordException e) {
            return refused(model, form, null, checks, conversion, e.problems(), locale);
        }
    }

    @GetMapping(BASE + "/{id}")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("s", stories.get(id));
        return "conservation/staff-show";
    }

    @GetMapping(BASE + "/{id}/edit")
    public String editForm(@PathVariable long id, Model model) {
        TreatmentStoryView s = stories.get(id);
        List<ConditionCheckView> checks = conditions.forArtifact(s.objectNumber());
        return form(model, StoryForm.of(s, checks), id, checks, FormProblems.none(), null);
    }

    @PostMapping(BASE + "/{id}")
    public String update(@PathVariable long id, @ModelAttribute("form") StoryForm form, Model model, Locale locale,
                         RedirectAttributes redirect) {
        TreatmentStoryView s = stories.get(id);
        form.setObjectNumber(s.objectNumber());
        List<ConditionCheckView> checks = conditions.forArtifact(s.objectNumber());
        StoryForm.Conversion conversion = form.toData();
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, id, checks, conversion, conversion.problems(), locale);
        }
        try {
            stories.update(id, conversion.data());
            pages.ok(redirect, locale, "story.staff.flash.saved");
            return "redirect:" + links.staff(id);
        } catch (InvalidRecordException e) {
            return refused(model, form, id, checks, conversion, e.problems(), locale);
        } catch (StaleVersionException e) {
            return form(model, form, id, checks, FormProblems.none(), actions.stale(e, locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, form, id, checks, FormProblems.none(), pages.message("problem.detail.concurrent-edit", locale));
        } catch (IllegalStepException e) {
            pages.errors(redirect, List.of(pages.message("story.staff.notDraft", locale)));
            return "redirect:" + links.staff(id);
        }
    }

    @PostMapping(BASE + "/{id}/submit")
    public String submit(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
                         RedirectAttributes redirect) {
        return step(id, () -> stories.submit(id, version), locale, redirect, "story.staff.flash.submitted");
    }

    @PostMapping(BASE + "/{id}/approve")
    public String approve(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
                          RedirectAttributes redirect) {
        return step(id, () -> stories.approve(id, version), locale, redirect, "story.staff.flash.approved");
    }

    @PostMapping(BASE + "/{id}/send-back")
    public String sendBack(@PathVariable long id, @RequestParam(required = false) String note,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> stories.sendBack(id, note, version), locale, redirect, "story.staff.flash.sentBack");
    }

    @PostMapping(BASE + "/{id}/withdraw")
    public String withdraw(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
                           RedirectAttributes redirect) {
        return step(id, () -> stories.withdraw(id, version), locale, redirect, "story.staff.flash.withdrawn");
    }

    @GetMapping(BASE + "/{id}/history")
    public String history(@PathVariable long id, Model model, Locale locale) {
        stories.get(id);
        return HistoryPage.show(model, pages.message("story.staff.history", locale), links.staff(id), stories.history(id));
    }

    /** One review step on the story: run it, flash the outcome, back to its page. */
    private String step(long id, Runnable action, Locale locale, RedirectAttributes redirect, String okKey) {
        stories.get(id); // unknown story: the not-found page
        actions.run(action, locale, redirect, okKey);
        return "redirect:" + links.staff(id);
    }

    private String refused(Model model, StoryForm form, Long id, List<ConditionCheckView> checks,
                           StoryForm.Conversion conversion, List<FieldProblem> problems, Locale locale) {
        return form(model, form, id, checks, FormProblems.of(problems, conversion::formField, pages.messages(), locale), null);
    }

    private String form(Model model, StoryForm form, Long id, List<ConditionCheckView> checks, FormProblems problems,
                        String stale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("treatments", checks.stream().filter(c -> c.context() == ConditionContext.TREATMENT).toList());
        return "conservation/staff-form";
    }
}
