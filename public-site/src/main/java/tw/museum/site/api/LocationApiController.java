package tw.museum.site.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;
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
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.ObjectAtLocation;
import tw.museum.site.location.LabelSheets;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;

/**
 * The location authority over JSON: staff read it, registrars and administrators manage it. Locations are
 * retired, never deleted (movements keep pointing at them). Nothing here is public.
 */
@RestController
@JsonApi
@StaffOnly
@RequestMapping(path = "/api/v1/locations", produces = MediaType.APPLICATION_JSON_VALUE)
public class LocationApiController {

    private final LocationService locations;
    private final MovementService movements;
    private final LabelSheets labels;

    public LocationApiController(LocationService locations, MovementService movements, LabelSheets labels) {
        this.locations = locations;
        this.movements = movements;
        this.labels = labels;
    }

    /** Locations whose code or name contains {@code q} (all of them without it), by code. */
    @GetMapping
    public PageResponse<LocationRef> search(@RequestParam(required = false) String q,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(locations.search(q, Paging.of(page, size, null, Set.of(), Sort.by("code"))));
    }

    /** The top of the hierarchy. */
    @GetMapping("/roots")
    public List<LocationRef> roots() {
        return locations.roots();
    }

    /** One location by code (codes are URL-safe: upper-case letters, digits, '.', '_', '-'). */
    @GetMapping("/by-code/{code}")
    public LocationView byCode(@PathVariable String code) {
        return locations.get(code);
    }

    @GetMapping("/{id}")
    public LocationView get(@PathVariable long id) {
        return locations.get(id);
    }

    @GetMapping("/{id}/children")
    public List<LocationRef> children(@PathVariable long id) {
        return locations.children(id);
    }

    /** The objects there now; with {@code inside=true} in every location inside it too. */
    @GetMapping("/{id}/objects")
    public PageResponse<ObjectAtLocation> objects(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inside,
                                                  @RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(movements.objectsAt(id, inside, Paging.of(page, size, null, Set.of(), Sort.unsorted())));
    }

    /** Objects whose home is here (or inside) that are elsewhere now. */
    @GetMapping("/{id}/away")
    public List<ObjectAtLocation> away(@PathVariable long id) {
        return movements.awayFrom(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public ResponseEntity<LocationView> create(@RequestBody LocationData body) {
        LocationView created = locations.create(body);
        return ResponseEntity.created(URI.create("/api/v1/locations/" + created.id())).body(created);
    }

    /** Names, kind, environment notes, the location above; {@code version} is required (optimistic locking). */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LocationView update(@PathVariable long id, @RequestBody LocationData body) {
        return locations.update(id, body);
    }

    public record VersionBody(Long version) {
    }

    @PostMapping(path = "/{id}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LocationView retire(@PathVariable long id, @RequestBody VersionBody body) {
        return locations.retire(id, body.version());
    }

    @PostMapping(path = "/{id}/reinstate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public LocationView reinstate(@PathVariable long id, @RequestBody VersionBody body) {
        return locations.reinstate(id, body.version());
    }

    /** Label sheets: {@code scope} self (default), inside (with every location inside it) or objects (there now). */
    @GetMapping(path = "/{id}/labels.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> labels(@PathVariable long id, @RequestParam(defaultValue = "self") String scope,
                                         Locale locale) {
        return labels.forLocation(id, scope, locale);
    }
}
