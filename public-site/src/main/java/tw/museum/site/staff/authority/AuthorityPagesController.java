package tw.museum.site.staff.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.staff.authority.AuthorityForms.AgentForm;
import tw.museum.site.staff.authority.AuthorityForms.PlaceForm;
import tw.museum.site.staff.authority.AuthorityForms.TermForm;

/** Authority files in the workspace: people and organisations, places, and every vocabulary. */
@Controller
@StaffOnly
public class AuthorityPagesController {

    private static final int PAGE_SIZE = 25;

    private final AgentService agents;
    private final PlaceService places;
    private final TermService terms;
    private final StaffPages pages;

    public AuthorityPagesController(AgentService agents, PlaceService places, TermService terms, StaffPages pages) {
        this.agents = agents;
        this.places = places;
        this.terms = terms;
        this.pages = pages;
    }

    // ---- people and organisations

    @GetMapping("/staff/agents")
    public String agents(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        String query = StaffPages.trimmed(q);
        model.addAttribute("q", query);
        model.addAttribute("results", agents.list(query,
                PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE, Sort.by("sortName", "nameZh", "id"))));
        return "staff/authority/agents";
    }

    @GetMapping("/staff/agents/new")
    @CataloguersOnly
    public String newAgent(Model model) {
        return agentForm(model, new AgentForm(), null, FormProblems.none(), null);
    }

    @GetMapping("/staff/agents/{id}/edit")
    @CataloguersOnly
    public String editAgent(@PathVariable long id, Model model) {
        return agentForm(model, AgentForm.of(agents.get(id)), id, FormProblems.none(), null);
    }

    @PostMapping({"/staff/agents", "/staff/agents/{id}"})
    @CataloguersOnly
    public String saveAgent(@PathVariable(required = false) Long id, @ModelAttribute("form") AgentForm form,
                            Model model, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        var data = form.toData(typeProblems);
        return save(typeProblems, () -> id == null ? agents.create(data) : agents.update(id, data),
                (problems, stale) -> agentForm(model, form, id, problems, stale),
                "/staff/agents", locale, redirect);
    }

    private String agentForm(Model model, AgentForm form, Long id, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", AgentKind.values());
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        return "staff/authority/agent-form";
    }

    // ---- places

    @GetMapping("/staff/places")
    public String places(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        String query = StaffPages.trimmed(q);
        model.addAttribute("q", query);
        model.addAttribute("results", places.list(query,
                PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE, Sort.by("nameZh", "id"))));
        return "staff/authority/places";
    }

    @GetMapping("/staff/places/new")
    @CataloguersOnly
    public String newPlace(Model model) {
        return placeForm(model, new PlaceForm(), null, FormProblems.none(), null);
    }

    @GetMapping("/staff/places/{id}/edit")
    @CataloguersOnly
    public String editPlace(@PathVariable long id, Model model) {
        return placeForm(model, PlaceForm.of(places.get(id)), id, FormProblems.none(), null);
    }

    @PostMapping({"/staff/places", "/staff/places/{id}"})
    @CataloguersOnly
    public String savePlace(@PathVariable(required = false) Long id, @ModelAttribute("form") PlaceForm form,
                            Model model, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        var data = form.toData(typeProblems);
        return save(typeProblems, () -> id == null ? places.create(data) : places.update(id, data),
                (problems, stale) -> placeForm(model, form, id, problems, stale),
                "/staff/places", locale, redirect);
    }

    private String placeForm(Model model, PlaceForm form, Long id, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("parents", places.list(null, PageRequest.of(0, 2000, Sort.by("nameZh", "id"))).getContent());
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        return "staff/authority/place-form";
    }

    // ---- vocabularies

    @GetMapping("/staff/vocabularies")
    public String vocabularies(Model model) {
        model.addAttribute("vocabularies", Vocabulary.values());
        return "staff/authority/vocabularies";
    }

    @GetMapping("/staff/vocabularies/{vocabulary}")
    public String terms(@PathVariable String vocabulary, Model model) {
        Vocabulary v = vocabulary(vocabulary);
        model.addAttribute("vocabulary", v);
        model.addAttribute("terms", terms.list(v));
        return "staff/authority/terms";
    }

    @GetMapping("/staff/vocabularies/{vocabulary}/new")
    @CataloguersOnly
    public String newTerm(@PathVariable String vocabulary, Model model) {
        return termForm(model, vocabulary(vocabulary), new TermForm(), null, FormProblems.none(), null);
    }

    @GetMapping("/staff/vocabularies/{vocabulary}/{code}/edit")
    @CataloguersOnly
    public String editTerm(@PathVariable String vocabulary, @PathVariable String code, Model model) {
        Vocabulary v = vocabulary(vocabulary);
        return termForm(model, v, TermForm.of(terms.get(v, code)), code, FormProblems.none(), null);
    }

    @PostMapping({"/staff/vocabularies/{vocabulary}", "/staff/vocabularies/{vocabulary}/{code}"})
    @CataloguersOnly
    public String saveTerm(@PathVariable String vocabulary, @PathVariable(required = false) String code,
                           @ModelAttribute("form") TermForm form, Model model, Locale locale, RedirectAttributes redirect) {
        Vocabulary v = vocabulary(vocabulary);
        if (code != null) {
            form.setCode(code);
        }
        var data = form.toData();
        return save(List.of(), () -> code == null ? terms.create(v, data) : terms.update(v, code, data),
                (problems, stale) -> termForm(model, v, form, code, problems, stale),
                "/staff/vocabularies/" + v.slug(), locale, redirect);
    }

    @PostMapping("/staff/vocabularies/{vocabulary}/{code}/retire")
    @CataloguersOnly
    public String retireTerm(@PathVariable String vocabulary, @PathVariable String code, Locale locale,
                             RedirectAttributes redirect) {
        Vocabulary v = vocabulary(vocabulary);
        terms.retire(v, code);
        pages.ok(redirect, locale, "staff.flash.retired");
        return "redirect:/staff/vocabularies/" + v.slug();
    }

    private String termForm(Model model, Vocabulary v, TermForm form, String code, FormProblems problems, String stale) {
        model.addAttribute("vocabulary", v);
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("parents", terms.list(v));
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        return "staff/authority/term-form";
    }

    private static Vocabulary vocabulary(String slug) {
        return Vocabulary.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("vocabulary", slug));
    }

    // ---- shared

    private interface Rerender {
        String render(FormProblems problems, String stale);
    }

    private String save(List<FieldProblem> typeProblems, Supplier<Object> action, Rerender rerender, String listPath,
                        Locale locale, RedirectAttributes redirect) {
        if (!typeProblems.isEmpty()) {
            return rerender.render(FormProblems.of(typeProblems, pages.messages(), locale), null);
        }
        try {
            action.get();
        } catch (InvalidRecordException e) {
            return rerender.render(FormProblems.of(e.problems(), pages.messages(), locale), null);
        } catch (StaleVersionException e) {
            return rerender.render(FormProblems.none(), pages.message("problem.detail.stale-version", locale,
                    e.key(), e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion()));
        }
        pages.ok(redirect, locale, "staff.flash.recordSaved");
        return "redirect:" + listPath;
    }
}
