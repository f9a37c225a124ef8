package tw.museum.site.inventory;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;

/** A store room with a cabinet of two shelves and objects on them, codes unique to the test. */
record InventoryFixture(LocationView room, LocationView shelf1, LocationView shelf2, List<String> onShelf1,
                        List<String> onShelf2) {

    static InventoryFixture make(LocationService locations, MovementService movements, ArtifactService artifacts,
                                 int perShelf) {
        String p = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocationView building = location(locations, p, "本館", LocationKind.BUILDING, null);
        LocationView room = location(locations, p + "-R1", "第一庫房", LocationKind.STORE_ROOM, building);
        LocationView cabinet = location(locations, p + "-R1-A", "A 櫃", LocationKind.CABINET, room);
        LocationView shelf1 = location(locations, p + "-R1-A1", "第 1 層", LocationKind.SHELF, cabinet);
        LocationView shelf2 = location(locations, p + "-R1-A2", "第 2 層", LocationKind.SHELF, cabinet);
        return new InventoryFixture(room, shelf1, shelf2, objects(movements, artifacts, p + "-1", shelf1, perShelf),
                objects(movements, artifacts, p + "-2", shelf2, perShelf));
    }

    private static LocationView location(LocationService locations, String code, String zh, LocationKind kind,
                                         LocationView parent) {
        return locations.create(new LocationData(code, Bilingual.of(zh, zh + " (en)"), kind,
                parent == null ? null : parent.id(), null, null));
    }

    private static List<String> objects(MovementService movements, ArtifactService artifacts, String prefix,
                                        LocationView at, int n) {
        List<String> numbers = IntStream.range(0, n).mapToObj(i -> {
            String number = prefix + "/" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("真空管收音機 " + i, "Valve radio " + i), null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            return number;
        }).toList();
        movements.move(MoveRequest.of(numbers, Destination.at(at.id()), MovementReason.STORAGE, null));
        return numbers;
    }
}
