package tw.museum.catalog.place;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.common.TextSearch;

/** The places authority file. */
@Service
@Transactional
public class PlaceService {

    static final String AUDIT_TYPE = "place";

    private final PlaceRepository places;
    private final AuditLog audit;

    public PlaceService(PlaceRepository places, AuditLog audit) {
        this.places = places;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<PlaceView> list(String query, Pageable pageable) {
        return places.search(TextSearch.likePattern(query), pageable).map(PlaceView::of);
    }

    @Transactional(readOnly = true)
    public PlaceView get(long id) {
        return PlaceView.of(find(id));
    }

    public PlaceView create(PlaceData data) {
        Place parent = check(data, null);
        Place place = Place.create();
        place.apply(data, parent);
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, String.valueOf(place.getId()), AuditAction.CREATE, null, PlaceView.of(place));
        return PlaceView.of(place);
    }

    public PlaceView update(long id, PlaceData data) {
        Place place = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, data.version(), place.getVersion());
        Place parent = check(data, place);
        PlaceView before = PlaceView.of(place);
        place.apply(data, parent);
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, String.valueOf(id), AuditAction.UPDATE, before, PlaceView.of(place));
        return PlaceView.of(place);
    }

    public PlaceView retire(long id) {
        Place place = find(id);
        PlaceView before = PlaceView.of(place);
        place.retire();
        places.saveAndFlush(place);
        audit.record(AUDIT_TYPE, String.valueOf(id), AuditAction.RETIRE, before, PlaceView.of(place));
        return PlaceView.of(place);
    }

    Place find(long id) {
        return places.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    private Place check(PlaceData data, Place existing) {
        Bilingual name = data.name() == null ? Bilingual.empty() : data.name();
        Checks checks = new Checks().require("name.zh", name.zh()).maxLength("name", name, 500);
        if (data.latitude() != null && (data.latitude() < -90 || data.latitude() > 90)) {
            checks.add("latitude", "out-of-range", -90, 90);
        }
        if (data.longitude() != null && (data.longitude() < -180 || data.longitude() > 180)) {
            checks.add("longitude", "out-of-range", -180, 180);
        }
        Place parent = null;
        if (data.parentId() != null) {
            parent = places.findById(data.parentId()).orElse(null);
            if (parent == null) {
                checks.add("parentId", "unknown-place", data.parentId());
            } else if (existing != null) {
                for (Place p = parent; p != null; p = p.getParent()) {
                    if (p.getId().equals(existing.getId())) {
                        checks.add("parentId", "hierarchy-cycle");
                        break;
                    }
                }
            }
        }
        checks.throwIfAny();
        return parent;
    }
}
