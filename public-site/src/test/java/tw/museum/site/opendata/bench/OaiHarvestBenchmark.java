package tw.museum.site.opendata.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.museum.MuseumApplication;
import tw.museum.site.opendata.dump.DumpFiles;

/**
 * Harvest throughput and memory for a large collection: starts the museum on PostgreSQL (a schema of
 * its own, dropped afterwards; the database stays out of the measured heap), loads N generated published
 * records straight through JDBC, then harvests the whole collection with ListRecords (oai_dc, then
 * lido) over HTTP, following resumption tokens, and generates the bulk dump. Heap is sampled every
 * 20 ms during each phase (the client runs in the same JVM, so the numbers include it).
 *
 * <pre>
 * # from the root, in the reactor (-am), so sibling modules come from their target/classes
 * ./mvnw -q -o -pl public-site -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp public-site/target/test-classes:public-site/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.site.opendata.bench.OaiHarvestBenchmark 100000
 * </pre>
 * Environment: MUSEUM_TEST_PG_URL / _USER / _PASSWORD as for the tests.
 */
public final class OaiHarvestBenchmark {

    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");
    private static final Pattern RECORD = Pattern.compile("<record>");

    private OaiHarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = env("MUSEUM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/museum_test");
        String user = env("MUSEUM_TEST_PG_USER", "museum_test");
        String password = env("MUSEUM_TEST_PG_PASSWORD", "museum_test");
        String schema = "bench_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Path dataDir = Files.createTempDirectory("museum-bench");
        ConfigurableApplicationContext app = null;
        try {
            app = SpringApplication.run(MuseumApplication.class,
                    "--server.port=0", "--museum.demo.enabled=false", "--museum.data-dir=" + dataDir,
                    "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--spring.flyway.schemas=" + schema, "--museum.opendata.base-url=http://localhost",
                    "--logging.level.root=WARN", "--museum.search.poll-interval=1h");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int pageSize = Integer.parseInt(app.getEnvironment().getProperty("museum.opendata.page-size", "100"));
            long t0 = System.nanoTime();
            load(app.getBean(JdbcTemplate.class), n);
            System.out.printf(Locale.ROOT, "loaded %d published records in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "max heap (-Xmx) %d MB, page size %d, %d cores%n",
                    Runtime.getRuntime().maxMemory() >> 20, pageSize, Runtime.getRuntime().availableProcessors());
            harvest(port, "oai_dc", n);
            harvest(port, "oai_dc", n);
            harvest(port, "lido", n);
            DumpFiles dumps = app.getBean(DumpFiles.class);
            measure("bulk dump (csv+json+xml+lido)", n, () -> dumps.generate());
        } finally {
            if (app != null) {
                app.close();
            }
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void harvest(int port, String prefix, int expected) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        measure("ListRecords " + prefix, expected, () -> {
            long records = 0;
            String query = "verb=ListRecords&metadataPrefix=" + prefix;
            while (query != null) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oai?" + query))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Matcher records0 = RECORD.matcher(r.body());
                while (records0.find()) {
                    records++;
                }
                Matcher token = TOKEN.matcher(r.body());
                query = token.find() ? "verb=ListRecords&resumptionToken=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) : null;
            }
            if (records != expected) {
                throw new IllegalStateException("harvested " + records + " of " + expected);
            }
            return records;
        });
    }

    @FunctionalInterface
    interface Phase {
        long run() throws Exception;
    }

    private static void measure(String name, int n, Phase phase) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = used();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long done = phase.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = used();
        System.out.printf(Locale.ROOT,
                "%-32s %7d records in %6.1f s = %6.0f records/s; heap used: before %d MB, sampled peak %d MB, after GC %d MB%n",
                name, done, seconds, done / seconds, before >> 20, peak.get() >> 20, after >> 20);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Published records with a classification, object name, two materials, a subject, a maker and a dimension. */
    private static void load(JdbcTemplate jdbc, int n) {
        Timestamp now = Timestamp.from(Instant.now());
        long termId = 50_000_000L;
        List<Long> classifications = new ArrayList<>();
        List<Long> materials = new ArrayList<>();
        String[][] classes = {{"photography", "攝影", "Photography"}, {"communication", "通訊", "Communication"},
                {"transport", "交通", "Transport"}, {"computing", "計算機", "Computing"}, {"medicine", "醫學", "Medicine"}};
        for (String[] c : classes) {
            jdbc.update("INSERT INTO term (id, vocabulary, code, label_zh, label_en, retired, version) VALUES (?, 'CLASSIFICATION', ?, ?, ?, FALSE, 0)",
                    termId, c[0], c[1], c[2]);
            classifications.add(termId++);
        }
        String[][] mats = {{"brass", "黃銅", "brass"}, {"wood", "木", "wood"}, {"glass", "玻璃", "glass"}, {"steel", "鋼", "steel"}};
        for (String[] m : mats) {
            jdbc.update("INSERT INTO term (id, vocabulary, code, label_zh, label_en, retired, version) VALUES (?, 'MATERIAL', ?, ?, ?, FALSE, 0)",
                    termId, m[0], m[1], m[2]);
            materials.add(termId++);
        }
        long objectName = termId++;
        jdbc.update("INSERT INTO term (id, vocabulary, code, label_zh, label_en, retired, version) VALUES (?, 'OBJECT_NAME', 'instrument', '儀器', 'instrument', FALSE, 0)", objectName);
        long subject = termId++;
        jdbc.update("INSERT INTO term (id, vocabulary, code, label_zh, label_en, retired, version) VALUES (?, 'SUBJECT', 'science', '科學', 'science', FALSE, 0)", subject);
        long agents = 200;
        for (long a = 0; a < agents; a++) {
            jdbc.update("INSERT INTO agent (id, kind, name_zh, name_en, retired, created_at, updated_at, version) VALUES (?, 'PERSON', ?, ?, FALSE, ?, ?, 0)",
                    50_000_000L + a, "製造者" + a, "Maker " + a, now, now);
        }
        int batch = 1000;
        Instant base = Instant.now().minusSeconds(n);
        for (int from = 0; from < n; from += batch) {
            List<Object[]> artifacts = new ArrayList<>();
            List<Object[]> terms = new ArrayList<>();
            List<Object[]> makers = new ArrayList<>();
            List<Object[]> dimensions = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + batch); i++) {
                long id = 100_000_000L + i;
                Timestamp at = Timestamp.from(base.plusSeconds(i / 3));
                artifacts.add(new Object[] {id, "BENCH-" + i, "科學儀器 第" + i + "號", "Scientific instrument no. " + i,
                        objectName, classifications.get(i % classifications.size()),
                        "這是一件用於教學與研究的科學儀器，保存狀況良好。", "A scientific instrument used for teaching and research.",
                        "約1930年代", "c. 1930s", 1930, 1939, "國立科學工藝博物館典藏", "Collection of the museum",
                        "https://creativecommons.org/licenses/by/4.0/", "PUBLISHED", "STORE-" + i, "internal " + i,
                        at, "bench", at, "bench", at});
                terms.add(new Object[] {id, "MATERIAL", 0, materials.get(i % materials.size())});
                terms.add(new Object[] {id, "MATERIAL", 1, materials.get((i + 1) % materials.size())});
                terms.add(new Object[] {id, "SUBJECT", 2, subject});
                makers.add(new Object[] {id, 0, 50_000_000L + (i % agents), "製造者", "maker"});
                dimensions.add(new Object[] {id, 0, "height", 10 + (i % 90), "cm"});
            }
            jdbc.batchUpdate("INSERT INTO artifact (id, object_number, title_zh, title_en, object_name_id, classification_id, "
                    + "description_zh, description_en, date_display_zh, date_display_en, date_earliest, date_latest, "
                    + "credit_line_zh, credit_line_en, licence, status, storage_location, internal_notes, created_at, created_by, "
                    + "updated_at, updated_by, published_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", artifacts);
            jdbc.batchUpdate("INSERT INTO artifact_term (artifact_id, field, position, term_id) VALUES (?, ?, ?, ?)", terms);
            jdbc.batchUpdate("INSERT INTO artifact_maker (artifact_id, position, agent_id, role_zh, role_en) VALUES (?, ?, ?, ?, ?)", makers);
            jdbc.batchUpdate("INSERT INTO artifact_dimension (artifact_id, position, aspect, amount, unit) VALUES (?, ?, ?, ?, ?)", dimensions);
        }
        jdbc.execute("ANALYZE");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
