package tw.museum.site.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.batch.BatchEditService;
import tw.museum.catalog.batch.BatchField;
import tw.museum.catalog.batch.BatchInput;
import tw.museum.catalog.batch.BatchItemView;
import tw.museum.catalog.batch.BatchOperation;
import tw.museum.catalog.batch.BatchRequest;
import tw.museum.catalog.batch.BatchView;
import tw.museum.catalog.batch.IllegalBatchStepException;
import tw.museum.catalog.batch.ItemState;
import tw.museum.catalog.batch.UndoBlockedException;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.site.document.CsvRows;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.FormValues;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.staff.artifact.ArtifactChoices;

/**
 * Batch editing in the workspace: choose a field, what to do with it and the records (the staff list's search,
 * a pasted list or a CSV file), read the preview record by record, apply it, follow its progress, undo it.
 * Anyone on the staff may read batches; each step asks for the roles its field's kind of change needs.
 */
@Controller
@StaffOnly
public class BatchPagesController {

    private static final int PAGE_SIZE = 100;
    /** How many locations the form suggests as the code is typed; any other active code may be typed in full. */
    private static final int OFFERED_LOCATIONS = 1000;
    private static final int MAX_BLOCKERS_SHOWN = 200;

    private final BatchEditService batches;
    private final BatchSelector selector;
    private final BatchFieldAccess access;
    private final TermService terms;
    private final ArtifactChoices choices;
    private final BatchValueText values;
    private final StaffPages pages;
    private final LocationService locations;

    public BatchPagesController(BatchEditService batches, BatchSelector selector, BatchFieldAccess access,
                                TermService terms, ArtifactChoices choices, BatchValueText values, StaffPages pages,
                                LocationService locations) {
        this.batches = batches;
        this.selector = selector;
        this.access = access;
        this.terms = terms;
        this.choices = choices;
        this.values = values;
        this.pages = pages;
        this.locations = locations;
    }

    @GetMapping("/staff/batches")
    public String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("results", batches.list(PageRequest.of(StaffPages.pageIndex(page), 25)));
        model.addAttribute("mayCreate", !access.allowed(batches.fields()).isEmpty());
        return "staff/batch/list";
    }

    @GetMapping("/staff/batches/new")
    public String newForm(@RequestParam(required = false) String field, @RequestParam(required = false) String q,
                          @RequestParam(required = false) String status,
                          @RequestParam(required = false) String classification, Model model) {
        BatchForm form = new BatchForm();
        form.setField(field);
        form.setQ(q);
        form.setStatus(status);
        form.setClassification(classification);
        boolean searched = StaffPages.trimmed(q) != null || !FormValues.blank(status) || !FormValues.blank(classification);
        form.setSource((searched ? BatchForm.Source.SEARCH : BatchForm.Source.LIST).name());
        return form(model, form, FormProblems.none());
    }

    @PostMapping("/staff/batches")
    public String create(@ModelAttribute("form") BatchForm form, @RequestParam(required = false) MultipartFile file,
                         Model model, Locale locale, RedirectAttributes redirect) {
        BatchField field = batches.fields().stream().filter(f -> f.name().equals(form.getField())).findFirst().orElse(null);
        if (field == null) {
            return form(model, form, problems(List.of(FieldProblem.of("field", "required")), null, locale));
        }
        access.check(field);
        List<FieldProblem> problems = new ArrayList<>();
        BatchOperation operation = form.operation(problems);
        BatchForm.Source source = form.source(problems);
        ArtifactStatus status = FormValues.toEnum(ArtifactStatus.class, form.getStatus(), "status", problems);
        if (source == BatchForm.Source.FILE && (file == null || file.isEmpty())) {
            problems.add(FieldProblem.of("file", "required"));
        }
        if (!problems.isEmpty()) {
            return form(model, form, problems(problems, source, locale));
        }
        try {
            BatchSelection selection = switch (source) {
                case SEARCH -> selector.search(StaffPages.trimmed(form.getQ()), status,
                        StaffPages.trimmed(form.getClassification()));
                case LIST -> selector.list(form.getNumbers());
                case FILE -> csv(file);
            };
            BatchView created = batches.create(new BatchRequest(field.name(), operation, form.value(),
                    selection.objectNumbers(), selection.stored()));
            pages.ok(redirect, locale, "batch.flash.created", created.number(), created.total());
            return "redirect:/staff/batches/" + StaffPages.segment(created.number());
        } catch (InvalidRecordException e) {
            return form(model, form, problems(e.problems(), source, locale));
        } catch (InvalidSearchRequestException e) {
            return form(model, form, problems(List.of(FieldProblem.of("q", "batch-bad-query")), source, locale));
        }
    }

    private BatchSelection csv(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return selector.csv(file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new InvalidRecordException(FieldProblem.of("file", "batch-file-unreadable"));
        }
    }

    /** The service's field names as the form's: the value's codes and texts, the records where they were chosen. */
    private FormProblems problems(List<FieldProblem> problems, BatchForm.Source source, Locale locale) {
        String records = source == BatchForm.Source.FILE ? "file" : source == BatchForm.Source.SEARCH ? "q" : "numbers";
        UnaryOperator<String> mapping = f -> {
            if (f.startsWith("value.codes")) {
                return "codes";
            }
            if (f.equals("value.reason")) {
                return "reason";
            }
            if (f.startsWith("value.text")) {
                return f.substring("value.".length());
            }
            if (f.startsWith("objectNumbers") || f.equals("selection")) {
                return records;
            }
            return f;
        };
        return FormProblems.of(problems, mapping, pages.messages(), locale);
    }

    private String form(Model model, BatchForm form, FormProblems problems) {
        List<BatchField> allowed = access.allowed(batches.fields());
        BatchField field = allowed.stream().filter(f -> f.name().equals(form.getField())).findFirst().orElse(null);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("fields", allowed);
        model.addAttribute("field", field);
        model.addAttribute("maxRecords", batches.maxRecords());
        model.addAttribute("statuses", ArtifactStatus.values());
        model.addAttribute("classifications", choices.all(Vocabulary.CLASSIFICATION));
        if (field != null && field.input().kind() == BatchInput.Kind.TERMS) {
            List<TermView> offered = terms.list(field.input().vocabulary());
            model.addAttribute("terms", offered);
        }
        if (field != null && field.input().kind() == BatchInput.Kind.LOCATION) {
            model.addAttribute("locations", locations.search(null, PageRequest.of(0, OFFERED_LOCATIONS)).getContent()
                    .stream().filter(l -> !l.retired()).toList());
        }
        return "staff/batch/new";
    }

    @GetMapping("/staff/batches/{number}")
    public String show(@PathVariable String number, @RequestParam(required = false) String state,
                       @RequestParam(defaultValue = "1") int page, Model model) {
        BatchView batch = batches.get(number);
        ItemState filter = FormValues.toEnum(ItemState.class, state, "state", new ArrayList<>());
        BatchField field = batches.field(batch.field());
        model.addAttribute("batch", batch);
        model.addAttribute("field", field);
        model.addAttribute("selection", BatchSelection.parse(batch.selection()));
        model.addAttribute("state", filter);
        model.addAttribute("states", ItemState.values());
        model.addAttribute("items", batches.items(number, filter, PageRequest.of(StaffPages.pageIndex(page), PAGE_SIZE)));
        model.addAttribute("mayChange", access.allowed(field));
        return "staff/batch/show";
    }

    /** How far the running job has got, for the page's progress bar (same session, no API credentials). */
    @GetMapping(path = "/staff/batches/{number}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> progress(@PathVariable String number) {
        BatchView batch = batches.get(number);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("status", batch.status());
        progress.put("running", batch.status().running());
        progress.put("done", batch.progress().done());
        progress.put("of", batch.progress().of());
        return progress;
    }

    @PostMapping("/staff/batches/{number}/apply")
    public String apply(@PathVariable String number, @RequestParam(required = false) String version, Locale locale,
                        RedirectAttributes redirect) {
        return step(number, version, locale, redirect, "batch.flash.applying", v -> batches.apply(number, v));
    }

    @PostMapping("/staff/batches/{number}/discard")
    public String discard(@PathVariable String number, @RequestParam(required = false) String version, Locale locale,
                          RedirectAttributes redirect) {
        return step(number, version, locale, redirect, "batch.flash.discarded", v -> batches.discard(number, v));
    }

    @PostMapping("/staff/batches/{number}/undo")
    public String undo(@PathVariable String number, @RequestParam(required = false) String version, Locale locale,
                       RedirectAttributes redirect) {
        try {
            return step(number, version, locale, redirect, "batch.flash.undoing", v -> batches.undo(number, v));
        } catch (UndoBlockedException e) {
            pages.errors(redirect, List.of(pages.message("batch.undo.blocked", locale, e.blockers().size())));
            redirect.addFlashAttribute("blockers", e.blockers().subList(0, Math.min(MAX_BLOCKERS_SHOWN, e.blockers().size())));
            redirect.addFlashAttribute("blockerCount", e.blockers().size());
            return "redirect:/staff/batches/" + StaffPages.segment(number);
        }
    }

    private String step(String number, String version, Locale locale, RedirectAttributes redirect, String done,
                        LongFunction<BatchView> action) {
        access.check(batches.field(batches.get(number).field()));
        Long v = FormValues.toLong(version, "version", new ArrayList<>());
        try {
            BatchView batch = action.apply(v == null ? -1L : v);
            pages.ok(redirect, locale, done, batch.number());
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("batch.stale", locale, number)));
        } catch (IllegalBatchStepException e) {
            pages.errors(redirect, List.of(pages.message("batch.illegalStep", locale,
                    pages.message("batch.status." + e.current(), locale))));
        }
        return "redirect:/staff/batches/" + StaffPages.segment(number);
    }

    /** Every record of the batch with its values before and after and the reason it was refused or skipped. */
    @GetMapping("/staff/batches/{number}/records.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String number, Locale locale) {
        BatchView batch = batches.get(number);
        BatchField field = batches.field(batch.field());
        CsvRows rows = new CsvRows().row(List.of(pages.message("batch.csv.objectNumber", locale),
                pages.message("batch.csv.state", locale), pages.message("batch.csv.before", locale),
                pages.message("batch.csv.after", locale), pages.message("batch.csv.reason", locale)));
        for (int page = 0; ; page++) {
            Page<BatchItemView> items = batches.items(number, null, PageRequest.of(page, 1000));
            for (BatchItemView i : items) {
                rows.row(List.of(i.objectNumber(), pages.message("batch.state." + i.state(), locale),
                        values.text(i.before(), field), values.text(i.after(), field),
                        String.join("; ", values.reasons(i))));
            }
            if (!items.hasNext()) {
                break;
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batch.number() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(rows.toBytes());
    }
}
