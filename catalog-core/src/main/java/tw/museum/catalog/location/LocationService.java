package tw.museum.catalog.location;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.common.TextSearch;

/**
 * The location authority: buildings, floors, rooms, cabinets, shelves, drawers and boxes, each with a code
 * for its label, bilingual names and environment notes. Locations are retired, never deleted: movements
 * keep pointing at them.
 */
@Service
@Transactional
public class LocationService {

    public static final String AUDIT_TYPE = "location";
    /** Upper-case letters, digits, dots, underscores and hyphens: safe in a URL, a QR code and a Code 128 barcode. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    static final int MAX_DEPTH = 10;

    private final LocationRepository locations;
    private final LocationRefs refs;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public LocationService(LocationRepository locations, LocationRefs refs, JdbcTemplate jdbc, AuditLog audit,
                           CurrentActor actor, Clock clock) {
        this.locations = locations;
        this.refs = refs;
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public LocationView create(LocationData data) {
        Checks checks = new Checks();
        String code = normalisedCode(data.code());
        checks.require("code", code);
        if (code != null && !code.isEmpty()) {
            if (!CODE.matcher(code).matches()) {
                checks.add("code", "location-code-format");
            } else if (locations.existsByCode(code)) {
                checks.add("code", "duplicate", code);
            }
        }
        Location parent = check(data, null, checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        Location location = new Location(code, now, actor.name());
        location.apply(data, parent, now, actor.name());
        locations.save(location);
        location.placeInTree();
        locations.saveAndFlush(location);
        LocationView view = view(location);
        audit.record(AUDIT_TYPE, code, AuditAction.CREATE, null, view);
        return view;
    }

    /**
     * Changes names, kind, environment notes or the location above it; moving a location moves everything
     * inside it along (their objects stay where they are, in the moved subtree).
     */
    public LocationView update(long id, LocationData data) {
        Location location = find(id);
        StaleVersionException.check(AUDIT_TYPE, location.getCode(), data.version(), location.getVersion());
        Checks checks = new Checks();
        String code = normalisedCode(data.code());
        if (code != null && !code.isEmpty() && !code.equals(location.getCode())) {
            checks.add("code", "location-code-immutable");
        }
        Location parent = check(data, location, checks);
        checks.throwIfAny();
        LocationView before = view(location);
        String oldPath = location.getPath();
        int oldDepth = location.getDepth();
        boolean parentChanged = !sameId(location.getParent(), parent);
        location.apply(data, parent, clock.instant(), actor.name());
        if (parentChanged) {
            location.placeInTree();
            for (Location inside : locations.findSubtree(oldPath + "%")) {
                if (!inside.getId().equals(location.getId())) {
                    inside.rebase(oldPath, location.getPath(), location.getDepth() - oldDepth);
                }
            }
        }
        locations.saveAndFlush(location);
        LocationView after = view(location);
        audit.record(AUDIT_TYPE, location.getCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Takes a location out of use; refused while objects are there or live there, or it holds locations in use. */
    public LocationView retire(long id, Long version) {
        Location location = find(id);
        StaleVersionException.check(AUDIT_TYPE, location.getCode(), version, location.getVersion());
        if (location.isRetired()) {
            return view(location);
        }
        Checks checks = new Checks();
        Integer objects = jdbc.queryForObject("SELECT COUNT(*) FROM artifact_location"
                + " WHERE current_location_id = ? OR home_location_id = ?", Integer.class, id, id);
        if (objects != null && objects > 0) {
            checks.add("id", "location-in-use", location.getCode(), objects);
        }
        long activeInside = locations.findByParentIdOrderByCode(id).stream().filter(l -> !l.isRetired()).count();
        if (activeInside > 0) {
            checks.add("id", "location-has-children", location.getCode(), activeInside);
        }
        checks.throwIfAny();
        return changeRetired(location, true);
    }

    public LocationView reinstate(long id, Long version) {
        Location location = find(id);
        StaleVersionException.check(AUDIT_TYPE, location.getCode(), version, location.getVersion());
        if (location.getParent() != null && location.getParent().isRetired()) {
            new Checks().add("parentId", "retired-location", location.getParent().getCode()).throwIfAny();
        }
        return location.isRetired() ? changeRetired(location, false) : view(location);
    }

    private LocationView changeRetired(Location location, boolean retired) {
        LocationView before = view(location);
        location.retire(retired, clock.instant(), actor.name());
        locations.saveAndFlush(location);
        LocationView after = view(location);
        audit.record(AUDIT_TYPE, location.getCode(), retired ? AuditAction.RETIRE : AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public LocationView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public LocationView get(String code) {
        return view(find(code));
    }

    @Transactional(readOnly = true)
    public Optional<LocationView> findByCode(String code) {
        String c = normalisedCode(code);
        return c == null ? Optional.empty() : locations.findByCode(c).map(this::view);
    }

    /** The top of the hierarchy: buildings, and anything else without a location above it. */
    @Transactional(readOnly = true)
    public List<LocationRef> roots() {
        return refList(locations.findByParentIsNullOrderByCode());
    }

    @Transactional(readOnly = true)
    public List<LocationRef> children(long id) {
        find(id);
        return refList(locations.findByParentIdOrderByCode(id));
    }

    /** Locations whose code or name contains the text, by code. */
    @Transactional(readOnly = true)
    public Page<LocationRef> search(String query, Pageable pageable) {
        Page<Location> page = locations.search(TextSearch.likePattern(query), pageable);
        Map<Long, LocationRef> byId = refs.of(page.getContent().stream().map(Location::getId).toList());
        return page.map(l -> byId.get(l.getId()));
    }

    /** A location and everything inside it, at any depth, the location itself first. */
    @Transactional(readOnly = true)
    public List<LocationRef> subtree(long id) {
        return refList(locations.findSubtree(find(id).getPath() + "%"));
    }

    @Transactional(readOnly = true)
    public Map<Long, LocationRef> refs(Collection<Long> ids) {
        return refs.of(ids);
    }

    Location find(long id) {
        return locations.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    Location find(String code) {
        String c = normalisedCode(code);
        return (c == null ? Optional.<Location>empty() : locations.findByCode(c))
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, code));
    }

    private List<LocationRef> refList(List<Location> list) {
        Map<Long, LocationRef> byId = refs.of(list.stream().map(Location::getId).toList());
        return list.stream().map(l -> byId.get(l.getId())).toList();
    }

    private LocationView view(Location l) {
        LocationRef self = refs.of(l);
        return new LocationView(l.getId(), l.getCode(), l.getName(), l.getKind(),
                l.getParent() == null ? null : l.getParent().getId(), refs.ancestors(l), self.fullName(),
                l.getEnvironment(), l.getDepth(), l.isRetired(), l.getCreatedAt(), l.getCreatedBy(), l.getUpdatedAt(),
                l.getUpdatedBy(), l.getVersion());
    }

    /** Checks names, kind and environment, and the parent: it exists, is in use, may hold this kind, is not inside it. */
    private Location check(LocationData data, Location existing, Checks checks) {
        Bilingual name = data.name() == null ? Bilingual.empty() : data.name();
        checks.require("name.zh", name.zh()).maxLength("name", name, 500)
                .maxLength("environment", data.environment(), 2000);
        if (data.kind() == null) {
            checks.add("kind", "required");
        }
        Location parent = null;
        if (data.parentId() != null) {
            parent = locations.findById(data.parentId()).orElse(null);
            if (parent == null) {
                checks.add("parentId", "unknown-location", data.parentId());
            } else if (existing != null && parent.getPath().startsWith(existing.getPath())) {
                checks.add("parentId", "location-cycle", parent.getCode());
            } else if (parent.isRetired() && (existing == null || !sameId(existing.getParent(), parent))) {
                checks.add("parentId", "retired-location", parent.getCode());
            } else if (data.kind() != null && !parent.getKind().mayHold(data.kind())) {
                checks.add("kind", "location-kind-order", data.kind(), parent.getKind());
            } else if (parent.getDepth() + 1 + subtreeHeight(existing) > MAX_DEPTH) {
                checks.add("parentId", "location-too-deep", MAX_DEPTH);
            }
        }
        if (existing != null && data.kind() != null) {
            for (Location child : locations.findByParentIdOrderByCode(existing.getId())) {
                if (!data.kind().mayHold(child.getKind())) {
                    checks.add("kind", "location-kind-order", child.getKind(), data.kind());
                    break;
                }
            }
        }
        return parent;
    }

    /** How many levels a location and what is inside it span (0 for a new one). */
    private int subtreeHeight(Location existing) {
        if (existing == null) {
            return 0;
        }
        int deepest = locations.findSubtree(existing.getPath() + "%").stream().mapToInt(Location::getDepth).max()
                .orElse(existing.getDepth());
        return deepest - existing.getDepth();
    }

    private static boolean sameId(Location a, Location b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    static String normalisedCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
