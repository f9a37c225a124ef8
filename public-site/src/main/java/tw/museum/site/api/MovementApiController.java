package tw.museum.site.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.MoveResult;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.site.location.BulkMoves;
import tw.museum.site.location.LabelSheets;
import tw.museum.site.location.MoveSelection;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;

/**
 * Movements over JSON: where an object is and has been, and moves of many objects in one request (one
 * transaction, one movement each). Registrars and administrators move; staff read.
 */
@RestController
@JsonApi
@StaffOnly
@RequestMapping(path = "/api/v1/movements", produces = MediaType.APPLICATION_JSON_VALUE)
public class MovementApiController {

    private final MovementService movements;
    private final BulkMoves bulk;
    private final LabelSheets labels;

    public MovementApiController(MovementService movements, BulkMoves bulk, LabelSheets labels) {
        this.movements = movements;
        this.bulk = bulk;
        this.labels = labels;
    }

    /**
     * A move: {@code objects} says which (listed numbers, everything at a location, a staff search, combined),
     * {@code to} where ({@code locationCode} or {@code locationId}, {@code offSite} text, or {@code toHome}).
     */
    public record MoveBody(MoveSelection objects, To to, MovementReason reason, String reference, String note,
                           Instant movedAt, Boolean setHome) {
    }

    /** Where to, as JSON gives it (every member optional: exactly one must be given). */
    public record To(Long locationId, String locationCode, String offSite, Boolean toHome) {

        Destination destination() {
            return new Destination(locationId, locationCode, offSite, Boolean.TRUE.equals(toHome));
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public ResponseEntity<MoveResult> move(@RequestBody MoveBody body) {
        MoveResult result = bulk.move(body.objects() == null ? MoveSelection.of(List.of()) : body.objects(),
                body.to() == null ? null : body.to().destination(), body.reason(), body.reference(), body.note(),
                body.movedAt(), Boolean.TRUE.equals(body.setHome()));
        return ResponseEntity.created(URI.create("/api/v1/movements/batches/" + result.batch())).body(result);
    }

    public record Whereabouts(ObjectLocation location, List<MovementView> history) {
    }

    /** Where an object is, its home, and its movements newest first (the number as a query parameter: it may hold '/'). */
    @GetMapping
    public Whereabouts history(@RequestParam String objectNumber) {
        return new Whereabouts(movements.whereIs(objectNumber), movements.history(objectNumber));
    }

    /** The object's own label sheet (QR code and Code 128 of its number). */
    @GetMapping(path = "/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> label(@RequestParam String objectNumber, Locale locale) {
        return labels.forObject(objectNumber, locale);
    }

    @GetMapping("/batches/{batch}")
    public List<MovementView> batch(@PathVariable long batch) {
        List<MovementView> list = movements.batch(batch);
        if (list.isEmpty()) {
            throw new RecordNotFoundException("movement-batch", batch);
        }
        return list;
    }
}
