package tw.museum.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tw.museum.search.SearchComponents;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;
import tw.museum.search.elastic.ElasticTestTarget;
import tw.museum.search.lucene.LuceneSearchIndex;
import tw.museum.search.lucene.LuceneSettings;
import tw.museum.search.sample.MplusRecords;

/**
 * Benchmark command (not a test): indexes N documents made from the M+ records with a full rebuild and
 * reports the indexing rate (after a throw-away warm-up rebuild), then the p50/p95/p99 latency of a query mix with facets, per backend.
 * It lives with the tests because the Elasticsearch run uses the OpenSearch test fixture (or -Dsearch.it.url).
 *
 * <pre>
 * ./mvnw -q -pl search -am test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=tw.museum.search.bench.SearchBenchmark -Dexec.args="--backend lucene --records 100000"
 * </pre>
 */
public final class SearchBenchmark {
    private static final String[] WORDS = {"香港", "海報", "攝影", "建築", "模型", "住宅", "台灣", "台北", "北京", "設計", "椅", "書籍",
            "poster", "photograph", "model", "house", "chair", "Hong Kong", "Taipei", "design", "architecture", "book",
            "呂壽琨", "福田繁雄", "Wang Dahong", "Paul Rudolph", "ink", "street", "\"Cantonese Opera\"", "2012.1", "CA76/1"};
    /** Misspellings of words the records use: each finds nothing exactly, so the typo-tolerant retry runs. */
    private static final String[] TYPOS = {"photograhp", "postre", "Hong Kogn", "archtecture", "chiar", "desgin", "Cantonse Opera",
            "Wang Dahnog", "Paul Rudoplh", "lanturn", "cocktial dress", "strete", "modle house", "Taipie"};
    private static final Facet[] FACETS = {Facet.CLASSIFICATION, Facet.MAKER, Facet.MATERIAL, Facet.DECADE, Facet.HAS_IMAGE};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<SearchDocument> base = new MplusRecords().read(options.objects, options.constituents);
        System.out.printf(Locale.ROOT, "read %,d M+ records; generating %,d documents; %d queries after %d warm-up%n",
                base.size(), options.records, options.queries, options.warmup);
        SearchComponents components = SearchComponents.create();
        for (String backend : options.backends) {
            Path dir = Files.createTempDirectory("search-bench");
            ElasticTestTarget target = null;
            SearchIndex index;
            if (backend.equals("lucene")) {
                index = new LuceneSearchIndex(LuceneSettings.under(dir).withMergeAfterRebuild(options.merge), components);
            } else {
                target = ElasticTestTarget.fromSystemProperties();
                index = target.createIndex("bench");
            }
            try {
                run(backend, index, base, options);
            } finally {
                if (target != null) {
                    target.dropAll();
                }
                index.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.exit(0);
    }

    private static void run(String backend, SearchIndex index, List<SearchDocument> base, Options options) {
        if (options.warmupRecords > 0) {
            // JIT warm-up: a first rebuild that is thrown away (the measured rebuild replaces it).
            long t = System.nanoTime();
            index.rebuild(new RecordVariations(base, options.warmupRecords));
            System.out.printf(Locale.ROOT, "%s: warm-up rebuild of %,d documents took %.1f s%n", backend, options.warmupRecords,
                    (System.nanoTime() - t) / 1e9);
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long indexed = index.rebuild(new RecordVariations(base, options.records));
        index.refresh();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // CPU time shows what the run would take without other processes competing for the cores.
        System.out.printf(Locale.ROOT, "%s: indexed %,d documents in %.1f s = %,.0f documents/s (this JVM used %.1f CPU-s: %,.0f documents per CPU-second; load average %.1f)%n",
                backend, indexed, seconds, indexed / seconds, cpuSeconds, indexed / cpuSeconds, loadAverage());

        Random random = new Random(42);
        List<SearchRequest> mix = new ArrayList<>();
        for (int i = 0; i < options.warmup + options.queries; i++) {
            mix.add(request(random));
        }
        for (int i = 0; i < options.warmup; i++) {
            index.search(mix.get(i));
        }
        long[] nanos = new long[options.queries];
        long[] cpu = new long[options.queries];
        long hits = 0;
        for (int i = 0; i < options.queries; i++) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            hits += index.search(mix.get(options.warmup + i)).total();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s: %d queries with facets: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (mean hits %,d; load average %.1f)%n",
                backend, nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, hits / nanos.length, loadAverage());
        System.out.printf(Locale.ROOT, "%s: CPU time of the searching thread per query: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%s%n",
                backend, pct(cpu, 50), pct(cpu, 95), pct(cpu, 99), backend.equals("lucene") ? "" : " (client side only; the server works in its own process)");
        typos(backend, index, options);
    }

    /** The typo-tolerant path: exact search, per-word check, spellings, approximate search, all with facets. */
    private static void typos(String backend, SearchIndex index, Options options) {
        int n = Math.max(TYPOS.length, options.queries / 4);
        long[] nanos = new long[n];
        int approximate = 0;
        for (int i = 0; i < TYPOS.length * 5; i++) {
            index.search(SearchRequest.builder().query(TYPOS[i % TYPOS.length]).facets(FACETS).build());
        }
        for (int i = 0; i < n; i++) {
            SearchRequest request = SearchRequest.builder().query(TYPOS[i % TYPOS.length]).facets(FACETS).pageSize(20).build();
            long t = System.nanoTime();
            if (index.search(request).approximate()) {
                approximate++;
            }
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d misspelt queries with facets: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d%% answered approximately; load average %.1f)%n",
                backend, n, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[n - 1] / 1e6, approximate * 100 / n, loadAverage());
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Mostly one or two words with all facets; some with a filter, a year range, a sort or a later page. */
    private static SearchRequest request(Random random) {
        SearchRequest.Builder b = SearchRequest.builder().facets(FACETS).pageSize(20);
        int kind = random.nextInt(10);
        String q = WORDS[random.nextInt(WORDS.length)];
        if (kind < 2) {
            q = q + " " + WORDS[random.nextInt(WORDS.length)];
        }
        if (kind == 9) {
            q = "";
        }
        b.query(q);
        if (kind == 3) {
            b.filter(Facet.HAS_IMAGE, "true");
        }
        if (kind == 4) {
            b.years(1950, 1999);
        }
        if (kind == 5) {
            b.sort(SortOrder.YEAR_DESC);
        }
        if (kind == 6) {
            b.page(3);
        }
        if (kind == 7) {
            b.audience(Audience.STAFF);
        }
        return b.build();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private record Options(List<String> backends, int records, int queries, int warmup, int warmupRecords, boolean merge,
                           Path objects, Path constituents) {
        static Options parse(String[] args) {
            List<String> backends = List.of("lucene", "elasticsearch");
            int records = 100_000;
            int queries = 2_000;
            int warmup = 500;
            int warmupRecords = 20_000;
            boolean merge = true;
            Path data = Path.of("/work/shared/data/mplus");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--backend" -> backends = args[++i].equals("both") ? backends : List.of(args[i]);
                    case "--records" -> records = Integer.parseInt(args[++i]);
                    case "--queries" -> queries = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--warmup-records" -> warmupRecords = Integer.parseInt(args[++i]);
                    case "--no-merge" -> merge = false;
                    case "--data" -> data = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --backend lucene|elasticsearch|both --records N --queries N --warmup N --warmup-records N --no-merge --data DIR");
                }
            }
            return new Options(backends, records, queries, warmup, warmupRecords, merge, data.resolve("objects.jsonl.gz"), data.resolve("constituents.jsonl.gz"));
        }
    }
}
