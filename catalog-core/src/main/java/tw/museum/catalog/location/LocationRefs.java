package tw.museum.catalog.location;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;

/**
 * Builds {@link LocationRef}s with their full names, loading every location named and the locations above
 * them in one query, so a list of thousands of movements costs two queries, not one per row.
 */
@Component
class LocationRefs {

    static final String SEPARATOR = " › ";

    private final LocationRepository locations;

    LocationRefs(LocationRepository locations) {
        this.locations = locations;
    }

    /** The refs by id; the map answers null for null and unknown ids. */
    Map<Long, LocationRef> of(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        Map<Long, Location> loaded = new HashMap<>();
        locations.findByIdIn(wanted).forEach(l -> loaded.put(l.getId(), l));
        Set<Long> above = new HashSet<>();
        loaded.values().forEach(l -> above.addAll(l.getPathIds()));
        above.removeAll(loaded.keySet());
        if (!above.isEmpty()) {
            locations.findByIdIn(above).forEach(l -> loaded.put(l.getId(), l));
        }
        Map<Long, LocationRef> refs = new HashMap<>();
        for (Long id : wanted) {
            Location l = loaded.get(id);
            if (l != null) {
                refs.put(id, ref(l, loaded));
            }
        }
        return refs;
    }

    LocationRef of(Location location) {
        return of(List.of(location.getId())).get(location.getId());
    }

    /** The locations above {@code location}, the root first. */
    List<LocationRef> ancestors(Location location) {
        List<Long> ids = new ArrayList<>(location.getPathIds());
        ids.remove(location.getId());
        Map<Long, LocationRef> refs = of(ids);
        return ids.stream().map(refs::get).filter(Objects::nonNull).toList();
    }

    private static LocationRef ref(Location l, Map<Long, Location> loaded) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Long id : l.getPathIds()) {
            Location step = loaded.get(id);
            if (step != null) {
                zh.add(step.getName().zh());
                en.add(step.getName().preferEnglish());
            }
        }
        return new LocationRef(l.getId(), l.getCode(), l.getName(), l.getKind(),
                new Bilingual(String.join(SEPARATOR, zh), String.join(SEPARATOR, en)), l.isRetired());
    }
}
