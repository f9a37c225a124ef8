package tw.museum.catalog.location.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MoveResult;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.support.BenchmarkCatalogue;

/**
 * Moving {@code n} objects in one batch on PostgreSQL (a schema of its own, dropped after): the objects are
 * inserted through JDBC, then moved with {@link MovementService#move} from nowhere to shelf A (first
 * placement, which also sets A as their home), then {@code rounds} times from A to B (every object has a current
 * location, so every row is updated) and back home to A ({@code Destination.home()}); each move is one
 * transaction writing one movement per object.
 * <pre>
 * ./mvnw -q -o -pl catalog-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp catalog-core/target/test-classes:catalog-core/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.catalog.location.bench.MoveBenchmark 10000 3
 * </pre>
 */
public final class MoveBenchmark {

    private MoveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BenchmarkCatalogue.run(app -> run(app, n, rounds));
    }

    private static void run(ConfigurableApplicationContext app, int n, int rounds) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        LocationService locations = app.getBean(LocationService.class);
        MovementService movements = app.getBean(MovementService.class);
        long t0 = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String number = String.format(Locale.ROOT, "MB-%06d", i);
            numbers.add(number);
            rows.add(new Object[] {number, "物件 " + i, now, now});
        }
        jdbc.batchUpdate("INSERT INTO artifact (id, object_number, title_zh, status, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (nextval('artifact_seq'), ?, ?, 'PUBLISHED', ?, 'bench', ?, 'bench', 0)", rows);
        System.out.printf(Locale.ROOT, "inserted %d objects in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        long building = locations.create(new LocationData("BENCH", Bilingual.of("館", null), LocationKind.BUILDING,
                null, null, null)).id();
        long a = locations.create(new LocationData("BENCH-A", Bilingual.of("A 架", null), LocationKind.SHELF, building,
                null, null)).id();
        long b = locations.create(new LocationData("BENCH-B", Bilingual.of("B 架", null), LocationKind.SHELF, building,
                null, null)).id();
        time("first placement at A (insert), setHome", movements, new MoveRequest(numbers,
                Destination.at(a), MovementReason.STORAGE, "R0", null, null, true), n);
        for (int round = 1; round <= rounds; round++) {
            time("A to B (update)", movements, MoveRequest.of(numbers, Destination.at(b), MovementReason.EXHIBITION,
                    "EX-" + round), n);
            time("B back home (Destination.home())", movements, MoveRequest.of(numbers, Destination.home(),
                    MovementReason.STORAGE, "H" + round), n);
        }
        Long written = jdbc.queryForObject("SELECT COUNT(*) FROM movement", Long.class);
        System.out.printf(Locale.ROOT, "movements in the table: %d (expected %d)%n", written, (1L + 2L * rounds) * n);
    }

    private static void time(String what, MovementService movements, MoveRequest request, int n) {
        long t = System.nanoTime();
        MoveResult result = movements.move(request);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %d objects: %.2f s (%.0f objects/s), %d movements, batch %d%n", what, n,
                seconds, n / seconds, result.movements().size(), result.batch());
    }
}
