package tw.museum.site.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.security.Viewer;

/**
 * Learning units, addressed by slug. Staff read and write every unit; everyone else reads published
 * units only, and drafts or units not yet due do not exist for them (404).
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/learning-units", produces = MediaType.APPLICATION_JSON_VALUE)
public class LearningUnitApiController {

    private final LearningUnitService units;

    public LearningUnitApiController(LearningUnitService units) {
        this.units = units;
    }

    /** When to publish a unit, and the version the decision was made on. */
    public record Schedule(Instant publishAt, Long version) {
    }

    /** Moves a section one place: {@code delta} -1 (up) or 1 (down). */
    public record Move(int delta, Long version) {
    }

    @GetMapping
    public List<?> list(@RequestParam(required = false) String theme, @RequestParam(required = false) String age) {
        if (Viewer.isStaff()) {
            return units.list();
        }
        return units.listPublished(theme, age == null ? null : AgeGroup.fromSlug(age).orElse(null));
    }

    @GetMapping("/{slug}")
    public Object get(@PathVariable String slug) {
        if (Viewer.isStaff()) {
            return units.get(slug);
        }
        return units.findPublished(slug).orElseThrow(() -> new RecordNotFoundException(LearningUnitService.AUDIT_TYPE, slug));
    }

    @CataloguersOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LearningUnitView> create(@RequestBody LearningUnitData data) {
        LearningUnitView created = units.create(data);
        return ResponseEntity.created(URI.create("/api/v1/learning-units/" + created.slug())).body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public LearningUnitView update(@PathVariable String slug, @RequestBody LearningUnitData data) {
        return units.update(slug, data);
    }

    @CataloguersOnly
    @PostMapping(path = "/{slug}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    public LearningUnitView schedule(@PathVariable String slug, @RequestBody Schedule schedule) {
        if (schedule.publishAt() == null) {
            new Checks().add("publishAt", "required").throwIfAny();
        }
        return units.schedule(slug, schedule.publishAt(), schedule.version());
    }

    @CataloguersOnly
    @PostMapping("/{slug}/unpublish")
    public LearningUnitView unpublish(@PathVariable String slug, @RequestParam(required = false) Long version) {
        return units.unpublish(slug, version);
    }

    @CataloguersOnly
    @PostMapping(path = "/{slug}/sections/{index}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    public LearningUnitView move(@PathVariable String slug, @PathVariable int index, @RequestBody Move move) {
        if (move.delta() != -1 && move.delta() != 1) {
            new Checks().add("delta", "not-one-of", "-1, 1").throwIfAny();
        }
        return units.moveSection(slug, index, move.delta(), move.version());
    }

    @StaffOnly
    @GetMapping("/{slug}/history")
    public List<AuditRecord> history(@PathVariable String slug) {
        return units.history(slug);
    }
}
