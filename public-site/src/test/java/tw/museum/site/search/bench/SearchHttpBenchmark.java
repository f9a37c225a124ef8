package tw.museum.site.search.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tw.museum.MuseumApplication;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.sample.BenchmarkQueries;
import tw.museum.search.sample.MplusRecords;
import tw.museum.search.sample.RecordVariations;
import tw.museum.search.sample.Timings;

/**
 * Search through the HTTP API, as a visitor's browser or a harvester sees it (benchmark command, not a test):
 * starts the small-museum set-up (one process, H2, embedded Lucene, local disk) on a random port, rebuilds its
 * index with N objects made from the M+ records plus the 1,886 M+ people, then sends {@code GET /api/v1/search}
 * with five facets over real HTTP, one request at a time: the usual mix (see {@link BenchmarkQueries}, with
 * {@code type=all} among it) and misspelt queries that take the typo-tolerant path. Reports the rebuild rate,
 * p50/p95/p99 wall time at the client, the mean CPU time of the whole process per request (server and client,
 * so an upper bound of the server's cost; the process clock is too coarse for percentiles) and the load average.
 * The client is a blocking request per query in the calling thread ({@code --client jdk}: the JDK HttpClient).
 *
 * <pre>
 * ./mvnw -q -o -pl public-site -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp public-site/target/test-classes:public-site/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.site.search.bench.SearchHttpBenchmark --records 100000
 * </pre>
 */
public final class SearchHttpBenchmark {

    private SearchHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        MplusRecords mplus = new MplusRecords();
        List<SearchDocument> objects = mplus.read(options.data.resolve("objects.jsonl.gz"), options.data.resolve("constituents.jsonl.gz"));
        List<SearchDocument> people;
        try (InputStream in = MplusRecords.gunzipIfNeeded(Files.newInputStream(options.data.resolve("constituents.jsonl.gz")), "constituents.jsonl.gz")) {
            people = mplus.people(in);
        }
        Path dataDir = Files.createTempDirectory("search-http-bench");
        ConfigurableApplicationContext app = null;
        try {
            app = SpringApplication.run(MuseumApplication.class, "--server.port=0", "--museum.demo.enabled=false",
                    "--museum.data-dir=" + dataDir, "--logging.level.root=WARN", "--museum.search.poll-interval=1h");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            SearchIndex index = app.getBean(SearchIndex.class);
            System.out.printf(Locale.ROOT, "%d cores, max heap %d MB; %,d M+ objects → %,d documents, plus %,d people%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, objects.size(), options.records, people.size());
            if (options.warmupRecords > 0) {
                // JIT warm-up: a rebuild that the measured one replaces.
                index.rebuild(new RecordVariations(objects, options.warmupRecords));
            }
            // Repeated rebuilds show the rate of a server whose JIT has compiled the indexing path (the first one
            // after a start compiles while it indexes).
            double[] rates = new double[options.rebuilds];
            for (int r = 0; r < options.rebuilds; r++) {
                long t = System.nanoTime();
                long cpu = Timings.processCpuNanos();
                long indexed = index.rebuild(concat(new RecordVariations(objects, options.records), people.iterator()));
                double seconds = (System.nanoTime() - t) / 1e9;
                double cpuSeconds = (Timings.processCpuNanos() - cpu) / 1e9;
                rates[r] = indexed / seconds;
                System.out.printf(Locale.ROOT, "rebuild %d: %,d entries in %.1f s = %,.0f entries/s; %.1f CPU-s = %,.0f entries per CPU-second; load average %.1f%n",
                        r + 1, indexed, seconds, rates[r], cpuSeconds, indexed / cpuSeconds, Timings.loadAverage());
            }
            if (options.rebuilds > 1) {
                java.util.Arrays.sort(rates);
                System.out.printf(Locale.ROOT, "%d rebuilds: median %,.0f entries/s (slowest %,.0f, fastest %,.0f)%n",
                        options.rebuilds, rates[options.rebuilds / 2], rates[0], rates[options.rebuilds - 1]);
            }

            Client http = options.client.equals("jdk") ? Client.jdk() : Client.blocking();
            String base = "http://127.0.0.1:" + port + "/api/v1/search?";
            List<Map<String, List<String>>> typical = BenchmarkQueries.typical(options.warmup + options.queries, 42);
            report("typical queries", http, base, typical, options.warmup);
            int typoCount = Math.max(70, options.queries / 4);
            report("misspelt queries", http, base, BenchmarkQueries.typos(70 + typoCount), 70);
        } finally {
            if (app != null) {
                app.close();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void report(String what, Client client, String base, List<Map<String, List<String>>> mix, int warmup) throws Exception {
        Timings timings = new Timings(mix.size() - warmup);
        long bytes = 0;
        long approximate = 0;
        long cpuTotal = 0;
        for (int i = 0; i < mix.size(); i++) {
            URI uri = URI.create(base + BenchmarkQueries.queryString(mix.get(i)));
            long c = Timings.processCpuNanos();
            long t = System.nanoTime();
            String body = client.get(uri);
            long wall = System.nanoTime() - t;
            long cpu = Timings.processCpuNanos() - c;
            if (i >= warmup) {
                timings.add(wall, 0);
                cpuTotal += cpu;
                bytes += body.length();
                approximate += body.contains("\"approximate\":true") ? 1 : 0;
            }
        }
        int n = mix.size() - warmup;
        System.out.printf(Locale.ROOT, "%s over HTTP, %d after %d warm-up (mean %,d characters of JSON, %d%% approximate): %s; process CPU per request, mean %.2f ms%n",
                what, n, warmup, bytes / n, approximate * 100 / n, timings.summary(null), cpuTotal / 1e6 / n);
    }

    /** GET and read the whole answer, refusing anything but 200. */
    @FunctionalInterface
    private interface Client {
        String get(URI uri) throws Exception;

        /** The JDK's HttpClient: asynchronous inside, a few thread hand-offs per request in this process. */
        static Client jdk() {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return uri -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " for " + uri + ": " + response.body());
                }
                return response.body();
            };
        }

        /** A blocking request in the calling thread over a kept-alive connection, as curl or a browser tab. */
        static Client blocking() {
            return uri -> {
                java.net.HttpURLConnection connection = (java.net.HttpURLConnection) uri.toURL().openConnection();
                connection.setRequestProperty("Accept", "application/json");
                int status = connection.getResponseCode();
                try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                    String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (status != 200) {
                        throw new IllegalStateException(status + " for " + uri + ": " + body);
                    }
                    return body;
                }
            };
        }
    }

    private static Iterator<SearchDocument> concat(Iterator<SearchDocument> first, Iterator<SearchDocument> second) {
        List<Iterator<SearchDocument>> parts = new ArrayList<>(List.of(first, second));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (!parts.isEmpty() && !parts.get(0).hasNext()) {
                    parts.remove(0);
                }
                return !parts.isEmpty();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return parts.get(0).next();
            }
        };
    }

    private record Options(int records, int queries, int warmup, int warmupRecords, int rebuilds, String client, Path data) {
        static Options parse(String[] args) {
            int records = 100_000;
            int queries = 2_000;
            int warmup = 500;
            int warmupRecords = 20_000;
            int rebuilds = 1;
            String client = "blocking";
            Path data = Path.of("/work/shared/data/mplus");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--records" -> records = Integer.parseInt(args[++i]);
                    case "--queries" -> queries = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--warmup-records" -> warmupRecords = Integer.parseInt(args[++i]);
                    case "--rebuilds" -> rebuilds = Integer.parseInt(args[++i]);
                    case "--client" -> client = args[++i];
                    case "--data" -> data = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --records N --queries N --warmup N --warmup-records N --rebuilds N --client blocking|jdk --data DIR");
                }
            }
            return new Options(records, queries, warmup, warmupRecords, rebuilds, client, data);
        }
    }
}
