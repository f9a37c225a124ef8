package tw.museum.site.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.conservation.TreatmentStoryData;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.conservation.TreatmentStoryView;
import tw.museum.site.security.ConservatorsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.security.Viewer;

/**
 * Treatment stories. Conservators, curators and administrators write, send for review and approve (an
 * approver must not have written or sent the story); other staff read; the public reads published stories
 * of published objects, as public views only.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/treatment-stories", produces = MediaType.APPLICATION_JSON_VALUE)
public class TreatmentStoryApiController {

    private final TreatmentStoryService stories;

    public TreatmentStoryApiController(TreatmentStoryService stories) {
        this.stories = stories;
    }

    /** The version a step was decided on, and the reviewer's note when sending a story back. */
    public record Step(Long version, String note) {
    }

    @GetMapping
    public List<?> list() {
        return Viewer.isStaff() ? stories.list() : stories.listPublished();
    }

    @GetMapping("/{id}")
    public Object get(@PathVariable long id) {
        if (Viewer.isStaff()) {
            return stories.get(id);
        }
        return stories.findPublished(id).orElseThrow(() -> new RecordNotFoundException(TreatmentStoryService.AUDIT_TYPE, id));
    }

    @ConservatorsOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TreatmentStoryView> create(@RequestBody TreatmentStoryData data) {
        TreatmentStoryView created = stories.create(data);
        return ResponseEntity.created(URI.create("/api/v1/treatment-stories/" + created.id())).body(created);
    }

    @ConservatorsOnly
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TreatmentStoryView update(@PathVariable long id, @RequestBody TreatmentStoryData data) {
        return stories.update(id, data);
    }

    @ConservatorsOnly
    @PostMapping(path = "/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TreatmentStoryView submit(@PathVariable long id, @RequestBody Step step) {
        return stories.submit(id, step.version());
    }

    @ConservatorsOnly
    @PostMapping(path = "/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TreatmentStoryView approve(@PathVariable long id, @RequestBody Step step) {
        return stories.approve(id, step.version());
    }

    @ConservatorsOnly
    @PostMapping(path = "/{id}/send-back", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TreatmentStoryView sendBack(@PathVariable long id, @RequestBody Step step) {
        return stories.sendBack(id, step.note(), step.version());
    }

    @ConservatorsOnly
    @PostMapping(path = "/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TreatmentStoryView withdraw(@PathVariable long id, @RequestBody Step step) {
        return stories.withdraw(id, step.version());
    }

    @StaffOnly
    @GetMapping("/{id}/history")
    public List<AuditRecord> history(@PathVariable long id) {
        return stories.history(id);
    }
}
