package tw.museum.site.condition;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.catalog.user.StaffUserService;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;

/**
 * Condition checks and treatment records of the museum's own artifacts, from the staff workspace; they
 * show as the artifact's condition history on its staff page.
 */
@Controller
@ConservatorsOnly
public class ArtifactConditionController {

    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ConditionCheckService conditions;
    private final ArtifactService artifacts;
    private final ConditionChoices choices;
    private final StaffUserService users;
    private final StaffPages pages;
    private final ConditionPhotos photos;
    private final Clock clock;

    public ArtifactConditionController(ConditionCheckService conditions, ArtifactService artifacts,
                                       ConditionChoices choices, StaffUserService users, StaffPages pages,
                                       ConditionPhotos photos, Clock clock) {
        this.conditions = conditions;
        this.artifacts = artifacts;
        this.choices = choices;
        this.users = users;
        this.pages = pages;
        this.photos = photos;
        this.clock = clock;
    }

    @GetMapping("/staff/artifacts/{objectNumber}/conditions/new")
    public String newForm(@PathVariable String objectNumber, Principal principal, Model model) {
        ConditionForm form = ConditionForm.blank(ConditionContext.CONSERVATION, LocalDate.now(clock.withZone(MUSEUM_ZONE)),
                users.find(principal.getName()).map(u -> u.getDisplayName()).orElse(principal.getName()));
        return show(objectNumber, null, form, FormProblems.none(), model);
    }

    @PostMapping("/staff/artifacts/{objectNumber}/conditions")
    public String record(@PathVariable String objectNumber, @ModelAttribute("form") ConditionForm form, Locale locale,
                         Model model, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            ConditionCheckView saved = conditions.record(ConditionSubject.artifact(objectNumber), data);
            pages.ok(redirect, locale, "cond.saved");
            return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber) + "/conditions/" + saved.id();
        } catch (InvalidRecordException e) {
            form.padDamages();
            return show(objectNumber, null, form, FormProblems.of(e.problems(), pages.messages(), locale), model);
        }
    }

    @GetMapping("/staff/artifacts/{objectNumber}/conditions/{id}")
    public String edit(@PathVariable String objectNumber, @PathVariable long id, Model model) {
        ConditionCheckView v = mine(objectNumber, id);
        return show(objectNumber, v, ConditionForm.of(v), FormProblems.none(), model);
    }

    @PostMapping("/staff/artifacts/{objectNumber}/conditions/{id}")
    public String update(@PathVariable String objectNumber, @PathVariable long id, @ModelAttribute("form") ConditionForm form,
                         Locale locale, Model model, RedirectAttributes redirect) {
        ConditionCheckView current = mine(objectNumber, id);
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            conditions.update(id, data, form.getVersion());
            pages.ok(redirect, locale, "cond.saved");
        } catch (InvalidRecordException e) {
            form.padDamages();
            return show(objectNumber, current, form, FormProblems.of(e.problems(), pages.messages(), locale), model);
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("cond.stale", locale)));
        }
        return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber) + "/conditions/" + id;
    }

    @PostMapping("/staff/artifacts/{objectNumber}/conditions/{id}/photos")
    public String addPhoto(@PathVariable String objectNumber, @PathVariable long id,
                           @RequestParam("photo") MultipartFile photo, @RequestParam(required = false) String annotationZh,
                           @RequestParam(required = false) String annotationEn,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        mine(objectNumber, id);
        photos.add(() -> conditions.addPhotos(id, List.of(photo), List.of(Bilingual.of(annotationZh, annotationEn)), version),
                locale, redirect);
        return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber) + "/conditions/" + id;
    }

    @GetMapping("/staff/artifacts/{objectNumber}/conditions/{id}/photos/{photoId}")
    public ResponseEntity<Resource> photo(@PathVariable String objectNumber, @PathVariable long id,
                                          @PathVariable long photoId) {
        mine(objectNumber, id);
        ConditionPhotoFile file = conditions.photo(id, photoId)
                .orElseThrow(() -> new RecordNotFoundException("condition-photo", photoId));
        return ConditionPhotos.serve(file);
    }

    private ConditionCheckView mine(String objectNumber, long id) {
        ConditionCheckView v = conditions.get(id);
        if (!objectNumber.equals(v.subject().objectNumber())) {
            throw new RecordNotFoundException(ConditionCheckService.AUDIT_TYPE, id);
        }
        return v;
    }

    private String show(String objectNumber, ConditionCheckView existing, ConditionForm form, FormProblems problems,
                        Model model) {
        model.addAttribute("a", artifacts.get(objectNumber));
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("choices", choices.options());
        model.addAttribute("problems", problems);
        return "condition/artifact-form";
    }
}
