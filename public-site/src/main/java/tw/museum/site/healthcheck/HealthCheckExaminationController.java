package tw.museum.site.healthcheck;

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
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.catalog.healthcheck.CaseView;
import tw.museum.catalog.healthcheck.HealthCheckExaminations;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.user.StaffUserService;
import tw.museum.site.condition.ConditionChoices;
import tw.museum.site.condition.ConditionForm;
import tw.museum.site.condition.ConditionPhotos;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;

/** Examination records of a case's objects: the form, edits, annotated photos. */
@Controller
@ConservatorsOnly
public class HealthCheckExaminationController {

    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final HealthCheckService cases;
    private final HealthCheckExaminations examinations;
    private final ConditionChoices choices;
    private final StaffUserService users;
    private final StaffPages pages;
    private final ConditionPhotos photos;
    private final Clock clock;

    public HealthCheckExaminationController(HealthCheckService cases, HealthCheckExaminations examinations,
                                            ConditionChoices choices, StaffUserService users, StaffPages pages,
                                            ConditionPhotos photos, Clock clock) {
        this.cases = cases;
        this.examinations = examinations;
        this.choices = choices;
        this.users = users;
        this.pages = pages;
        this.photos = photos;
        this.clock = clock;
    }

    @GetMapping("/staff/health-checks/{number}/objects/{objectNo}/examinations/new")
    public String newForm(@PathVariable String number, @PathVariable int objectNo, Principal principal, Model model) {
        CaseView c = cases.get(number);
        ConditionForm form = ConditionForm.blank(ConditionContext.HEALTH_CHECK, LocalDate.now(clock.withZone(MUSEUM_ZONE)),
                users.find(principal.getName()).map(u -> u.getDisplayName()).orElse(principal.getName()));
        // the request's description is where the conservator starts
        form.getMaterials().setZh(c.objects().materials());
        form.setDimensions(c.objects().size());
        return show(c, objectNo, null, form, FormProblems.none(), model);
    }

    @PostMapping("/staff/health-checks/{number}/objects/{objectNo}/examinations")
    public String record(@PathVariable String number, @PathVariable int objectNo, @ModelAttribute("form") ConditionForm form,
                         Locale locale, Model model, RedirectAttributes redirect) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            ConditionCheckView saved = examinations.record(number, objectNo, data);
            pages.ok(redirect, locale, "cond.saved");
            return "redirect:/staff/health-checks/" + StaffPages.segment(number) + "/examinations/" + saved.id();
        } catch (InvalidRecordException e) {
            form.padDamages();
            return show(cases.get(number), objectNo, null, form,
                    FormProblems.of(e.problems(), pages.messages(), locale), model);
        }
    }

    @GetMapping("/staff/health-checks/{number}/examinations/{id}")
    public String edit(@PathVariable String number, @PathVariable long id, Model model) {
        ConditionCheckView v = examinations.get(number, id);
        return show(cases.get(number), v.subject().caseObjectNo(), v, ConditionForm.of(v), FormProblems.none(), model);
    }

    @PostMapping("/staff/health-checks/{number}/examinations/{id}")
    public String update(@PathVariable String number, @PathVariable long id, @ModelAttribute("form") ConditionForm form,
                         Locale locale, Model model, RedirectAttributes redirect) {
        ConditionCheckView current = examinations.get(number, id);
        List<FieldProblem> typeProblems = new ArrayList<>();
        try {
            var data = form.toData(typeProblems);
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            examinations.update(number, id, data, form.getVersion());
            pages.ok(redirect, locale, "cond.saved");
            return "redirect:/staff/health-checks/" + StaffPages.segment(number) + "/examinations/" + id;
        } catch (InvalidRecordException e) {
            form.padDamages();
            return show(cases.get(number), current.subject().caseObjectNo(), current, form,
                    FormProblems.of(e.problems(), pages.messages(), locale), model);
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("cond.stale", locale)));
            return "redirect:/staff/health-checks/" + StaffPages.segment(number) + "/examinations/" + id;
        }
    }

    @PostMapping("/staff/health-checks/{number}/examinations/{id}/photos")
    public String addPhoto(@PathVariable String number, @PathVariable long id, @RequestParam("photo") MultipartFile photo,
                           @RequestParam(required = false) String annotationZh,
                           @RequestParam(required = false) String annotationEn,
                           @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        photos.add(() -> examinations.addPhotos(number, id, List.of(photo),
                List.of(Bilingual.of(annotationZh, annotationEn)), version), locale, redirect);
        return "redirect:/staff/health-checks/" + StaffPages.segment(number) + "/examinations/" + id;
    }

    @GetMapping("/staff/health-checks/{number}/examinations/{id}/photos/{photoId}")
    public ResponseEntity<Resource> photo(@PathVariable String number, @PathVariable long id, @PathVariable long photoId) {
        ConditionPhotoFile file = examinations.photo(number, id, photoId);
        return ConditionPhotos.serve(file);
    }

    private String show(CaseView c, int objectNo, ConditionCheckView existing, ConditionForm form, FormProblems problems,
                        Model model) {
        model.addAttribute("view", c);
        model.addAttribute("objectNo", objectNo);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("choices", choices.options());
        model.addAttribute("problems", problems);
        return "healthcheck/staff-examination";
    }
}
