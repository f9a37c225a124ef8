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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.exhibition.ExhibitionData;
import tw.museum.catalog.exhibition.ExhibitionPhase;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.exhibition.ExhibitionView;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;
import tw.museum.site.security.Viewer;

/**
 * Exhibitions by number ({@code EX-2026-0001}). Staff read and write all of them; everyone else reads
 * published exhibitions with their published objects only, without display notes or locations.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/exhibitions", produces = MediaType.APPLICATION_JSON_VALUE)
public class ExhibitionApiController {

    private final ExhibitionService exhibitions;

    public ExhibitionApiController(ExhibitionService exhibitions) {
        this.exhibitions = exhibitions;
    }

    /** The version a step was decided on. */
    public record Step(Long version) {
    }

    /** Moves an object one place: {@code delta} -1 (up) or 1 (down). */
    public record Move(int delta, Long version) {
    }

    @GetMapping
    public List<?> list(@RequestParam(required = false) ExhibitionPhase phase) {
        if (Viewer.isStaff()) {
            return exhibitions.list().stream().filter(e -> phase == null || e.phase() == phase).toList();
        }
        return exhibitions.listPublished(phase);
    }

    @GetMapping("/{number}")
    public Object get(@PathVariable String number) {
        if (Viewer.isStaff()) {
            return exhibitions.get(number);
        }
        return exhibitions.findPublished(number)
                .orElseThrow(() -> new RecordNotFoundException(ExhibitionService.AUDIT_TYPE, number));
    }

    @CataloguersOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ExhibitionView> create(@RequestBody ExhibitionData data) {
        ExhibitionView created = exhibitions.create(data);
        return ResponseEntity.created(URI.create("/api/v1/exhibitions/" + created.number())).body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{number}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView update(@PathVariable String number, @RequestBody ExhibitionData data) {
        return exhibitions.update(number, data);
    }

    @CataloguersOnly
    @PostMapping(path = "/{number}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView publish(@PathVariable String number, @RequestBody Step step) {
        return exhibitions.publish(number, step.version());
    }

    @CataloguersOnly
    @PostMapping(path = "/{number}/unpublish", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView unpublish(@PathVariable String number, @RequestBody Step step) {
        return exhibitions.unpublish(number, step.version());
    }

    @CataloguersOnly
    @PostMapping(path = "/{number}/objects/{index}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView move(@PathVariable String number, @PathVariable int index, @RequestBody Move move) {
        return exhibitions.moveObject(number, index, move.delta(), move.version());
    }

    /** Moves the listed objects not yet on display to the exhibition's location (one movement each). */
    @RegistrarsOnly
    @PostMapping(path = "/{number}/install", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView install(@PathVariable String number, @RequestBody Step step) {
        return exhibitions.install(number, step.version());
    }

    /** Moves the objects on display back to their home locations; the exhibition is closed. */
    @RegistrarsOnly
    @PostMapping(path = "/{number}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ExhibitionView close(@PathVariable String number, @RequestBody Step step) {
        return exhibitions.close(number, step.version());
    }

    @StaffOnly
    @GetMapping("/{number}/history")
    public List<AuditRecord> history(@PathVariable String number) {
        return exhibitions.history(number);
    }
}
