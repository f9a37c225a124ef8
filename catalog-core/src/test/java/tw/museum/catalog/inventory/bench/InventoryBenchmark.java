package tw.museum.catalog.inventory.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.inventory.InventoryReport;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.inventory.InventoryView;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.support.BenchmarkCatalogue;

/**
 * The inventory of a store of {@code objects} objects on PostgreSQL (a schema of its own, dropped after): a store
 * room with 50 cabinets of 10 shelves, the objects spread over the shelves (placed by {@code MovementService}), and
 * 500 more in another room. One inventory of the whole store: {@code scans} objects are scanned through the
 * service one by one (each scan is a transaction, as from a phone: its latency is measured), the rest of the
 * scans are written as the service writes them (JDBC), leaving 2 % missing, 500 misplaced (the other room's
 * objects found here) and 50 unknown labels. Measured: the live comparison (the results page), a scan on the
 * full inventory, confirming every missing object at once, completion (the comparison stored), and the stored report.
 * <pre>
 * ./mvnw -q -o -pl catalog-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp catalog-core/target/test-classes:catalog-core/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.catalog.inventory.bench.InventoryBenchmark 50000 2000
 * </pre>
 */
public final class InventoryBenchmark {

    private static final long FIRST_ID = 10_000_000L;

    private InventoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int scans = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        BenchmarkCatalogue.run(app -> run(app, objects, scans));
    }

    private static void run(ConfigurableApplicationContext app, int objects, int scans) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        LocationService locations = app.getBean(LocationService.class);
        MovementService movements = app.getBean(MovementService.class);
        InventoryService inventories = app.getBean(InventoryService.class);

        long t0 = System.nanoTime();
        LocationView building = locations.create(data("B", "本館", LocationKind.BUILDING, null));
        LocationView store = locations.create(data("B-S1", "第一庫房", LocationKind.STORE_ROOM, building));
        LocationView other = locations.create(data("B-S2", "第二庫房", LocationKind.STORE_ROOM, building));
        List<LocationView> shelves = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            LocationView cabinet = locations.create(data("B-S1-C%02d".formatted(c), "櫃 " + c, LocationKind.CABINET, store));
            for (int s = 0; s < 10; s++) {
                shelves.add(locations.create(data(cabinet.code() + "-%d".formatted(s), "層 " + s, LocationKind.SHELF, cabinet)));
            }
        }
        List<String> inStore = insertArtifacts(jdbc, "ST", FIRST_ID, objects);
        List<String> elsewhere = insertArtifacts(jdbc, "EL", FIRST_ID + objects, 500);
        int perShelf = (objects + shelves.size() - 1) / shelves.size();
        for (int from = 0; from < objects; from += perShelf * 20) {
            // 20 shelves per move request
            for (int k = 0; k < 20 && from + k * perShelf < objects; k++) {
                int a = from + k * perShelf;
                movements.move(MoveRequest.of(inStore.subList(a, Math.min(objects, a + perShelf)),
                        Destination.at(shelves.get(a / perShelf).id()), MovementReason.STORAGE, null));
            }
        }
        movements.move(MoveRequest.of(elsewhere, Destination.at(other.id()), MovementReason.STORAGE, null));
        System.out.printf(Locale.ROOT, "setup: %,d objects on %d shelves, 500 elsewhere, in %.1f s%n", objects,
                shelves.size(), (System.nanoTime() - t0) / 1e9);

        InventoryView inventory = inventories.start(store.code()).inventory();
        String number = inventory.number();
        int missing = objects / 50;
        int found = objects - missing;
        // scans through the service, one transaction each, as phones send them (shelf by shelf)
        long[] latencies = new long[Math.min(scans, found)];
        for (int i = 0; i < latencies.length; i++) {
            long s = System.nanoTime();
            inventories.scan(number, inStore.get(i), shelves.get(i / perShelf).code());
            latencies[i] = System.nanoTime() - s;
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "scan through the service (%,d scans, inventory growing to %,d lines): p50 %.2f ms, "
                        + "p95 %.2f ms, p99 %.2f ms%n", latencies.length, latencies.length, ms(latencies[latencies.length / 2]),
                ms(latencies[(int) (latencies.length * 0.95)]), ms(latencies[(int) (latencies.length * 0.99)]));

        // the other scans, written as the service writes them
        long inventoryId = jdbc.queryForObject("SELECT id FROM inventory WHERE inventory_number = ?", Long.class, number);
        List<Object[]> rows = new ArrayList<>();
        for (int i = latencies.length; i < found; i++) {
            rows.add(new Object[] {inventoryId, "a:" + (FIRST_ID + i), FIRST_ID + i, inStore.get(i), shelves.get(i / perShelf).id()});
        }
        for (int i = 0; i < elsewhere.size(); i++) {
            rows.add(new Object[] {inventoryId, "a:" + (FIRST_ID + objects + i), FIRST_ID + objects + i, elsewhere.get(i),
                    shelves.get(i % shelves.size()).id()});
        }
        for (int i = 0; i < 50; i++) {
            rows.add(new Object[] {inventoryId, "x:UNKNOWN-" + i, null, "UNKNOWN-" + i, store.id()});
        }
        jdbc.batchUpdate("INSERT INTO inventory_line (inventory_id, item_key, artifact_id, scanned_value, found_location_id,"
                + " scan_count, last_scanned_at, scanned_by) VALUES (?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP, 'bench')", rows);

        InventoryReport report = null;
        long[] compare = new long[5];
        for (int i = 0; i < compare.length; i++) {
            long s = System.nanoTime();
            report = inventories.report(number);
            compare[i] = System.nanoTime() - s;
        }
        Arrays.sort(compare);
        System.out.printf(Locale.ROOT, "live comparison (results page), %,d items: median %.0f ms, min %.0f ms, max %.0f ms; %s%n",
                report.items().size(), ms(compare[2]), ms(compare[0]), ms(compare[4]), report.counts());

        long[] counting = new long[5];
        for (int i = 0; i < counting.length; i++) {
            long s = System.nanoTime();
            inventories.counts(number);
            counting[i] = System.nanoTime() - s;
        }
        Arrays.sort(counting);
        System.out.printf(Locale.ROOT, "counts alone in SQL (the scanning page): median %.0f ms, min %.0f ms; same as the"
                + " comparison's: %s%n", ms(counting[2]), ms(counting[0]), inventories.counts(number).equals(report.counts()));

        long[] late = new long[50];
        for (int i = 0; i < late.length; i++) {
            long s = System.nanoTime();
            inventories.scan(number, inStore.get(i), shelves.get(i / perShelf).code());
            late[i] = System.nanoTime() - s;
        }
        Arrays.sort(late);
        System.out.printf(Locale.ROOT, "a scan on the full inventory: p50 %.2f ms, max %.2f ms%n", ms(late[25]), ms(late[49]));

        long s = System.nanoTime();
        int confirmed = inventories.confirmAllMissing(number, "bench");
        double confirmMs = ms(System.nanoTime() - s);
        System.out.printf(Locale.ROOT, "confirm all %,d missing and 0 others: %.0f ms%n", confirmed, confirmMs);
        // the misplaced and unknown ones are decided in SQL as the service would (one by one would measure decide, not completion)
        jdbc.update("UPDATE inventory_line SET decision = CASE WHEN artifact_id IS NULL THEN 'NOTED' ELSE 'TO_BE_RETURNED' END,"
                + " decided_by = 'bench', decided_at = CURRENT_TIMESTAMP, outcome = CASE WHEN artifact_id IS NULL THEN"
                + " 'UNEXPECTED' ELSE 'MISPLACED' END WHERE inventory_id = ? AND (artifact_id IS NULL OR artifact_id >= ?)",
                inventoryId, FIRST_ID + objects);
        s = System.nanoTime();
        InventoryView completed = inventories.complete(number, inventories.get(number).version());
        System.out.printf(Locale.ROOT, "completion (comparison stored into %,d lines): %.0f ms; %s%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM inventory_line WHERE inventory_id = ?", Integer.class, inventoryId),
                ms(System.nanoTime() - s), completed.counts());
        s = System.nanoTime();
        InventoryReport stored = inventories.report(number);
        System.out.printf(Locale.ROOT, "stored report after completion, %,d items: %.0f ms%n", stored.items().size(),
                ms(System.nanoTime() - s));
        System.out.printf(Locale.ROOT, "load average: %s%n", loadAverage());
    }

    private static List<String> insertArtifacts(JdbcTemplate jdbc, String prefix, long firstId, int n) {
        List<String> numbers = new ArrayList<>(n);
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String number = prefix + "-%06d".formatted(i);
            numbers.add(number);
            rows.add(new Object[] {firstId + i, number, "電晶體收音機 " + i, "Transistor radio " + i});
        }
        jdbc.batchUpdate("INSERT INTO artifact (id, object_number, title_zh, title_en, status, created_at, created_by,"
                + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, 'DRAFT', CURRENT_TIMESTAMP, 'bench',"
                + " CURRENT_TIMESTAMP, 'bench', 0)", rows);
        return numbers;
    }

    private static LocationData data(String code, String zh, LocationKind kind, LocationView parent) {
        return new LocationData(code, Bilingual.of(zh, null), kind, parent == null ? null : parent.id(), null, null);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
