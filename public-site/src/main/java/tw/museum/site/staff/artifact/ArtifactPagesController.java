package tw.museum.site.staff.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.UploadTooLargeException;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;

/** The workspace pages for artifact records: list, view, create, edit, publish, withdraw, images, history. */
@Controller
@StaffOnly
public class ArtifactPagesController {

    private static final int PAGE_SIZE = 25;

    private final ArtifactService artifacts;
    private final MediaService media;
    private final ArtifactChoices choices;
    private final StaffPages pages;
    private final StaffArtifactSearch staffSearch;

    public ArtifactPagesController(ArtifactService artifacts, MediaService media, ArtifactChoices choices,
                                   StaffPages pages, StaffArtifactSearch staffSearch) {
        this.artifacts = artifacts;
        this.media = media;
        this.choices = choices;
        this.pages = pages;
        this.staffSearch = staffSearch;
    }

    @GetMapping("/staff/artifacts")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String classification,
                       @RequestParam(defaultValue = "1") int page, Model model) {
        String query = StaffPages.trimmed(q);
        ArtifactStatus statusFilter = parseStatus(status);
        String classificationFilter = StaffPages.trimmed(classification);
        Page<ArtifactView> results = staffSearch.page(query, statusFilter, classificationFilter,
                StaffPages.pageIndex(page), PAGE_SIZE);
        model.addAttribute("q", query);
        model.addAttribute("status", statusFilter);
        model.addAttribute("classification", classificationFilter);
        model.addAttribute("statuses", ArtifactStatus.values());
        model.addAttribute("classifications", choices.all(Vocabulary.CLASSIFICATION));
        model.addAttribute("results", results);
        return "staff/artifact/list";
    }

    @GetMapping("/staff/artifacts/new")
    @CataloguersOnly
    public String newForm(Model model) {
        return form(model, ArtifactForm.empty(), null, FormProblems.none(), null);
    }

    @PostMapping("/staff/artifacts")
    @CataloguersOnly
    public String create(@ModelAttribute("form") ArtifactForm form, Model model, Locale locale,
                         RedirectAttributes redirect) {
        ArtifactForm.Conversion conversion = form.toData(null);
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, null, conversion, conversion.problems(), locale);
        }
        try {
            ArtifactView created = artifacts.create(conversion.data());
            pages.ok(redirect, locale, "staff.flash.created", created.objectNumber());
            return "redirect:/staff/artifacts/" + StaffPages.segment(created.objectNumber());
        } catch (InvalidRecordException e) {
            return refused(model, form, null, conversion, e.problems(), locale);
        } catch (DataIntegrityViolationException e) {
            // Two people created the same number at once: the database refused the second.
            return refused(model, form, null, conversion,
                    List.of(FieldProblem.of("objectNumber", "duplicate", conversion.data().objectNumber())), locale);
        }
    }

    @GetMapping("/staff/artifacts/{objectNumber}")
    public String show(@PathVariable String objectNumber, Model model) {
        model.addAttribute("a", artifacts.get(objectNumber));
        return "staff/artifact/show";
    }

    @GetMapping("/staff/artifacts/{objectNumber}/edit")
    @CataloguersOnly
    public String editForm(@PathVariable String objectNumber, Model model) {
        return form(model, ArtifactForm.of(artifacts.get(objectNumber)), objectNumber, FormProblems.none(), null);
    }

    @PostMapping("/staff/artifacts/{objectNumber}")
    @CataloguersOnly
    public String update(@PathVariable String objectNumber, @ModelAttribute("form") ArtifactForm form, Model model,
                         Locale locale, RedirectAttributes redirect) {
        artifacts.find(objectNumber); // unknown record: the not-found page, not a form
        form.setObjectNumber(objectNumber);
        ArtifactForm.Conversion conversion = form.toData(objectNumber);
        if (!conversion.problems().isEmpty()) {
            return refused(model, form, objectNumber, conversion, conversion.problems(), locale);
        }
        try {
            artifacts.update(objectNumber, conversion.data());
            pages.ok(redirect, locale, "staff.flash.saved", objectNumber);
            return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber);
        } catch (InvalidRecordException e) {
            return refused(model, form, objectNumber, conversion, e.problems(), locale);
        } catch (StaleVersionException e) {
            String message = pages.message("problem.detail.stale-version", locale, e.key(),
                    e.submittedVersion() == null ? "?" : e.submittedVersion(), e.currentVersion());
            return form(model, keepRows(form), objectNumber, FormProblems.none(), message);
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, keepRows(form), objectNumber, FormProblems.none(),
                    pages.message("problem.detail.concurrent-edit", locale));
        }
    }

    @PostMapping("/staff/artifacts/{objectNumber}/publish")
    @CataloguersOnly
    public String publish(@PathVariable String objectNumber, @RequestParam(required = false) String version,
                          Locale locale, RedirectAttributes redirect) {
        return changeStatus(objectNumber, version, true, locale, redirect);
    }

    @PostMapping("/staff/artifacts/{objectNumber}/withdraw")
    @CataloguersOnly
    public String withdraw(@PathVariable String objectNumber, @RequestParam(required = false) String version,
                           Locale locale, RedirectAttributes redirect) {
        return changeStatus(objectNumber, version, false, locale, redirect);
    }

    private String changeStatus(String objectNumber, String version, boolean publish, Locale locale,
                                RedirectAttributes redirect) {
        Long v = FormValues.toLong(version, "version", new ArrayList<>());
        try {
            if (publish) {
                artifacts.publish(objectNumber, v == null ? -1L : v);
                pages.ok(redirect, locale, "staff.flash.published", objectNumber);
            } else {
                artifacts.withdraw(objectNumber, v == null ? -1L : v);
                pages.ok(redirect, locale, "staff.flash.withdrawn", objectNumber);
            }
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.stale-version", locale, e.key(),
                    e.submittedVersion(), e.currentVersion())));
        } catch (ObjectOptimisticLockingFailureException e) {
            pages.errors(redirect, List.of(pages.message("problem.detail.concurrent-edit", locale)));
        } catch (InvalidRecordException e) {
            // a deaccessioned record is never published or withdrawn again
            FormProblems problems = FormProblems.of(e.problems(), pages.messages(), locale);
            pages.errors(redirect, problems.all().values().stream().flatMap(List::stream).toList());
        }
        return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber);
    }

    @PostMapping("/staff/artifacts/{objectNumber}/media")
    @StaffOnly
    public String upload(@PathVariable String objectNumber, @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String captionZh, @RequestParam(required = false) String captionEn,
                         @RequestParam(required = false) String rights,
                         @RequestParam(defaultValue = "false") boolean rightsRestricted,
                         Locale locale, RedirectAttributes redirect) {
        artifacts.find(objectNumber);
        List<String> errors = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            errors.add(pages.message("problem.empty-file", locale));
        } else {
            try (InputStream in = file.getInputStream()) {
                media.attach(objectNumber, file.getOriginalFilename(), in,
                        new MediaDescription(Bilingual.of(captionZh, captionEn),
                                rights == null || rights.isBlank() ? null : rights.strip(), rightsRestricted,
                                null, null, null));
                pages.ok(redirect, locale, "staff.flash.uploaded", file.getOriginalFilename());
            } catch (InvalidRecordException e) {
                FormProblems problems = FormProblems.of(e.problems(), pages.messages(), locale);
                problems.all().values().forEach(errors::addAll);
            } catch (UploadTooLargeException e) {
                errors.add(pages.message("problem.detail.upload-too-large", locale));
            } catch (IOException e) {
                errors.add(pages.message("staff.media.readFailed", locale));
            }
        }
        if (!errors.isEmpty()) {
            pages.errors(redirect, errors);
        }
        return "redirect:/staff/artifacts/" + StaffPages.segment(objectNumber);
    }

    @GetMapping("/staff/artifacts/{objectNumber}/history")
    public String history(@PathVariable String objectNumber, Model model) {
        model.addAttribute("a", artifacts.get(objectNumber));
        model.addAttribute("history", artifacts.history(objectNumber));
        return "staff/artifact/history";
    }

    private String refused(Model model, ArtifactForm form, String objectNumber, ArtifactForm.Conversion conversion,
                           List<FieldProblem> problems, Locale locale) {
        FormProblems p = FormProblems.of(problems, conversion.mapping(), pages.messages(), locale);
        return form(model, keepRows(form), objectNumber, p, null);
    }

    /** The rows exactly as submitted (so row numbers in messages still match), with room for more. */
    private static ArtifactForm keepRows(ArtifactForm form) {
        form.addEmptyRows();
        return form;
    }

    private String form(Model model, ArtifactForm form, String objectNumber, FormProblems problems, String stale) {
        model.addAttribute("form", form);
        model.addAttribute("objectNumber", objectNumber);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("choices", choices.forForm(form));
        return "staff/artifact/form";
    }

    private static ArtifactStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (ArtifactStatus s : ArtifactStatus.values()) {
            if (s.name().equalsIgnoreCase(status.strip())) {
                return s;
            }
        }
        return null;
    }
}
