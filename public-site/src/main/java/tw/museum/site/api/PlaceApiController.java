package tw.museum.site.api;

import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.museum.site.security.CataloguersOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.place.PlaceView;

/** Places. Public to read; changes are for cataloguing staff. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/places", produces = MediaType.APPLICATION_JSON_VALUE)
public class PlaceApiController {

    private static final Set<String> SORTABLE = Set.of("nameZh", "nameEn");

    private final PlaceService places;

    public PlaceApiController(PlaceService places) {
        this.places = places;
    }

    @GetMapping
    public PageResponse<PlaceView> list(@RequestParam(required = false) String q,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(required = false) Integer pageSize,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        return PageResponse.of(places.list(q, Paging.of(page, Paging.pageSize(pageSize, size), sort, SORTABLE, Sort.by("nameZh", "id"))));
    }

    @GetMapping("/{id}")
    public PlaceView get(@PathVariable long id) {
        return places.get(id);
    }

    @CataloguersOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PlaceView> create(@RequestBody PlaceData data) {
        PlaceView created = places.create(data);
        return ResponseEntity.created(URI.create("/api/v1/places/" + created.id())).body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PlaceView update(@PathVariable long id, @RequestBody PlaceData data) {
        return places.update(id, data);
    }

    @CataloguersOnly
    @PostMapping("/{id}/retire")
    public PlaceView retire(@PathVariable long id) {
        return places.retire(id);
    }
}
