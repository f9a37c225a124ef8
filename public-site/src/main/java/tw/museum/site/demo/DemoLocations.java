package tw.museum.site.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;

/**
 * The demo collection's store (demo/locations.jsonl): a building with two store rooms, cabinets, shelves and
 * drawers, a gallery and two workrooms. Every object gets a shelf or drawer as home and is put there; a few
 * are then on show, in the conservation studio or being photographed, so the pages have something to show.
 */
@Component
class DemoLocations {

    private final LocationService locations;
    private final MovementService movements;

    DemoLocations(LocationService locations, MovementService movements) {
        this.locations = locations;
        this.movements = movements;
    }

    void load(List<JsonNode> tree, List<String> objectNumbers) {
        Map<String, Long> ids = new HashMap<>();
        List<Long> homes = new ArrayList<>();
        Map<String, String> special = new HashMap<>();
        for (JsonNode l : tree) {
            String code = l.path("code").asString();
            Bilingual env = Bilingual.of(l.path("envZh").asString(null), l.path("envEn").asString(null));
            long id = locations.create(new LocationData(code, Bilingual.of(l.path("zh").asString(), l.path("en").asString()),
                    LocationKind.valueOf(l.path("kind").asString()), ids.get(l.path("parent").asString(null)),
                    env, null)).id();
            ids.put(code, id);
            if (l.path("home").asBoolean(false)) {
                homes.add(id);
            }
            for (String use : List.of("exhibition", "conservation", "photography")) {
                if (l.path(use).asBoolean(false)) {
                    special.put(use, code);
                }
            }
        }
        if (homes.isEmpty() || objectNumbers.isEmpty()) {
            return;
        }
        // consecutive numbers share a shelf, as a store is usually arranged
        int perShelf = (objectNumbers.size() + homes.size() - 1) / homes.size();
        for (int h = 0; h < homes.size(); h++) {
            List<String> shelf = objectNumbers.subList(Math.min(objectNumbers.size(), h * perShelf),
                    Math.min(objectNumbers.size(), (h + 1) * perShelf));
            if (!shelf.isEmpty()) {
                movements.move(new MoveRequest(shelf, Destination.at(homes.get(h)), MovementReason.ACQUISITION,
                        null, null, null, true));
            }
        }
        moveSome(objectNumbers, 0, 6, special.get("exhibition"), MovementReason.EXHIBITION, "EX-2026-01");
        moveSome(objectNumbers, 6, 2, special.get("conservation"), MovementReason.CONSERVATION, null);
        moveSome(objectNumbers, 8, 1, special.get("photography"), MovementReason.PHOTOGRAPHY, null);
    }

    /** {@code count} objects spread evenly over the collection, from {@code offset}. */
    private void moveSome(List<String> numbers, int offset, int count, String code, MovementReason reason, String reference) {
        if (code == null) {
            return;
        }
        int step = Math.max(1, numbers.size() / 12);
        List<String> some = new ArrayList<>();
        for (int i = 0; i < count && (offset + i) * step < numbers.size(); i++) {
            some.add(numbers.get((offset + i) * step));
        }
        movements.move(new MoveRequest(some, Destination.atCode(code), reason, reference, null, null, false));
    }
}
