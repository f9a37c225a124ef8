package tw.museum.catalog.batch.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.museum.catalog.batch.BatchEditService;
import tw.museum.catalog.batch.BatchOperation;
import tw.museum.catalog.batch.BatchRequest;
import tw.museum.catalog.batch.BatchStatus;
import tw.museum.catalog.batch.BatchValue;
import tw.museum.catalog.batch.BatchView;
import tw.museum.catalog.batch.BatchWorker;
import tw.museum.catalog.batch.ItemState;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.support.BenchmarkCatalogue;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * Batch edits of {@code records} artifacts on PostgreSQL (a schema of its own, dropped after): adding a subject
 * to every record, then moving every record to another shelf (a location batch: one movement each). Times the creation of the batch, its preview, its application and its undo, each worked by
 * {@code workers} workers in parallel (threads standing in for nodes; each claims its own chunks).
 * <pre>
 * ./mvnw -q -o -pl catalog-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp catalog-core/target/test-classes:catalog-core/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.catalog.batch.bench.BatchEditBenchmark 10000 1
 * </pre>
 */
public final class BatchEditBenchmark {

    private BatchEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        BenchmarkCatalogue.run(app -> run(app, records, workers), "--spring.jpa.properties.hibernate.jdbc.batch_size=50");
    }

    private static void run(ConfigurableApplicationContext app, int records, int workers) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String term = app.getBean(TermService.class)
                .create(Vocabulary.SUBJECT, new TermData("bench", Bilingual.of("測試", "Bench"), null, null, null)).code();
        // the records, inserted directly (the catalogue's own speed is not what is measured here)
        List<String> numbers = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < records; i++) {
            String number = "BENCH-" + i;
            numbers.add(number);
            rows.add(new Object[] {10_000_000L + i, number, "電扇 " + i, "DRAFT", now, "bench", now, "bench"});
        }
        jdbc.batchUpdate("INSERT INTO artifact (id, object_number, title_zh, status, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        jdbc.execute("ANALYZE");

        timeBatch(app, workers, new BatchRequest("subjects", BatchOperation.ADD, BatchValue.ofCodes(term), numbers, "bench"));

        // a location batch: every record placed on one shelf (one bulk move), then batch-moved to another and back
        LocationService locations = app.getBean(LocationService.class);
        LocationView room = locations.create(new LocationData("BENCH", Bilingual.of("庫房", "Store"), LocationKind.STORE_ROOM,
                null, null, null));
        LocationView from = locations.create(new LocationData("BENCH-A1", Bilingual.of("A1", "A1"), LocationKind.SHELF,
                room.id(), null, null));
        locations.create(new LocationData("BENCH-A2", Bilingual.of("A2", "A2"), LocationKind.SHELF, room.id(), null, null));
        long t0 = System.nanoTime();
        app.getBean(MovementService.class).move(MoveRequest.of(numbers, Destination.at(from.id()), MovementReason.STORAGE, null));
        report("placing (one MovementService.move)", t0, records);
        timeBatch(app, workers, new BatchRequest("location", BatchOperation.SET,
                new BatchValue(List.of("BENCH-A2"), null, MovementReason.INVENTORY.name()), numbers, "bench"));
        System.out.printf("load average after: %s%n", new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("/proc/loadavg"))).strip());
    }

    /** Creates, previews, applies and undoes one batch, timing each step. */
    private static void timeBatch(ConfigurableApplicationContext app, int workers, BatchRequest request) throws Exception {
        BatchEditService batches = app.getBean(BatchEditService.class);
        int records = request.objectNumbers().size();
        System.out.printf("-- %s %s%n", request.operation(), request.field());
        long t0 = System.nanoTime();
        BatchView batch = batches.create(request);
        report("create (store " + records + " items)", t0, records);

        t0 = System.nanoTime();
        work(app, workers);
        BatchView previewed = batches.get(batch.number());
        check(previewed, BatchStatus.PREVIEWED, ItemState.READY, records);
        report("preview (dry run of every change)", t0, records);

        t0 = System.nanoTime();
        batches.apply(batch.number(), previewed.version());
        work(app, workers);
        BatchView applied = batches.get(batch.number());
        check(applied, BatchStatus.APPLIED, ItemState.APPLIED, records);
        report("apply", t0, records);

        t0 = System.nanoTime();
        batches.undo(batch.number(), applied.version());
        report("undo check (versions of every record)", t0, records);
        t0 = System.nanoTime();
        work(app, workers);
        check(batches.get(batch.number()), BatchStatus.UNDONE, ItemState.UNDONE, records);
        report("undo", t0, records);
    }

    private static void work(ConfigurableApplicationContext app, int workers) throws Exception {
        BatchWorker worker = app.getBean(BatchWorker.class);
        if (workers == 1) {
            worker.runPending();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            done.add(pool.submit(worker::runPending));
        }
        for (Future<Integer> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static void check(BatchView batch, BatchStatus status, ItemState state, int records) {
        if (batch.status() != status || batch.count(state) != records) {
            throw new IllegalStateException("Expected " + status + " with " + records + " " + state + ": " + batch);
        }
    }

    private static void report(String step, long t0, int records) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-40s %8.1f s  %8.0f records/s%n", step, seconds, records / seconds);
    }
}
