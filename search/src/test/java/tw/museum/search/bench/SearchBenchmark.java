package tw.museum.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tw.museum.search.SearchComponents;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.elastic.ElasticTestTarget;
import tw.museum.search.lucene.LuceneSearchIndex;
import tw.museum.search.lucene.LuceneSettings;
import tw.museum.search.query.SearchRequestParser;
import tw.museum.search.sample.BenchmarkQueries;
import tw.museum.search.sample.MplusRecords;
import tw.museum.search.sample.RecordVariations;
import tw.museum.search.sample.Timings;

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
                index = new LuceneSearchIndex(LuceneSettings.under(dir), components);
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
        double[] rates = new double[options.rebuilds];
        for (int r = 0; r < options.rebuilds; r++) {
            long start = System.nanoTime();
            long cpuStart = Timings.processCpuNanos();
            long indexed = index.rebuild(new RecordVariations(base, options.records));
            index.refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (Timings.processCpuNanos() - cpuStart) / 1e9;
            rates[r] = indexed / seconds;
            // CPU time shows what the run would take without other processes competing for the cores.
            System.out.printf(Locale.ROOT, "%s: indexed %,d documents in %.1f s = %,.0f documents/s (this JVM used %.1f CPU-s: %,.0f documents per CPU-second; load average %.1f)%n",
                    backend, indexed, seconds, rates[r], cpuSeconds, indexed / cpuSeconds, Timings.loadAverage());
        }
        if (options.rebuilds > 1) {
            java.util.Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "%s: %d rebuilds, median %,.0f documents/s (slowest %,.0f, fastest %,.0f)%n", backend,
                    options.rebuilds, rates[options.rebuilds / 2], rates[0], rates[options.rebuilds - 1]);
        }
        String cpuLabel = backend.equals("lucene") ? "search-thread CPU" : "client-thread CPU (the server works in its own process)";
        List<Map<String, List<String>>> parameters = BenchmarkQueries.typical(options.warmup + options.queries, 42);
        List<SearchRequest> mix = requests(parameters);
        long hits = 0;
        Timings typical = new Timings(options.queries);
        Map<String, long[]> byQuery = new HashMap<>();
        for (int i = 0; i < mix.size(); i++) {
            long t = System.nanoTime();
            long c = Timings.threadCpuNanos();
            long found = index.search(mix.get(i)).total();
            if (i >= options.warmup) {
                long cpu = Timings.threadCpuNanos() - c;
                long wall = System.nanoTime() - t;
                typical.add(wall, cpu);
                hits += found;
                Map<String, List<String>> shown = new TreeMap<>(parameters.get(i));
                shown.keySet().removeAll(List.of("facet", "pageSize"));
                long[] sum = byQuery.computeIfAbsent(shown.toString(), k -> new long[3]);
                sum[0]++;
                sum[1] += wall;
                sum[2] = found;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d queries with facets (mean hits %,d): %s%n", backend, options.queries,
                hits / Math.max(1, options.queries), typical.summary(cpuLabel));
        // Where the time goes: the queries of the mix with the highest mean wall time (a search's segments and hits
        // are worked on by a pool too, so the calling thread's CPU is only part of its cost).
        byQuery.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1] / b.getValue()[0], a.getValue()[1] / a.getValue()[0]))
                .limit(options.costliest)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %6.2f ms x%-3d %,7d hits  %s%n",
                        e.getValue()[1] / 1e6 / e.getValue()[0], e.getValue()[0], e.getValue()[2], e.getKey()));
        int n = Math.max(70, options.queries / 4);
        List<SearchRequest> typos = requests(BenchmarkQueries.typos(70 + n));
        Timings misspelt = new Timings(n);
        int approximate = 0;
        for (int i = 0; i < typos.size(); i++) {
            long t = System.nanoTime();
            long c = Timings.threadCpuNanos();
            boolean approx = index.search(typos.get(i)).approximate();
            if (i >= 70) {
                misspelt.add(System.nanoTime() - t, Timings.threadCpuNanos() - c);
                approximate += approx ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d misspelt queries with facets (%d%% answered approximately): %s%n", backend, n,
                approximate * 100 / n, misspelt.summary(cpuLabel));
    }

    /** The benchmark's web parameters as the API turns them into requests (public visitors). */
    private static List<SearchRequest> requests(List<Map<String, List<String>>> parameters) {
        SearchRequestParser parser = new SearchRequestParser();
        return parameters.stream().map(p -> parser.parse(p, Audience.PUBLIC)).toList();
    }

    private record Options(List<String> backends, int records, int queries, int warmup, int warmupRecords, int rebuilds, int costliest,
                           Path objects, Path constituents) {
        static Options parse(String[] args) {
            List<String> backends = List.of("lucene", "elasticsearch");
            int records = 100_000;
            int queries = 2_000;
            int warmup = 500;
            int warmupRecords = 20_000;
            int costliest = 0;
            int rebuilds = 1;
            Path data = Path.of("/work/shared/data/mplus");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--backend" -> backends = args[++i].equals("both") ? backends : List.of(args[i]);
                    case "--records" -> records = Integer.parseInt(args[++i]);
                    case "--queries" -> queries = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--warmup-records" -> warmupRecords = Integer.parseInt(args[++i]);
                    case "--rebuilds" -> rebuilds = Integer.parseInt(args[++i]);
                    case "--costliest" -> costliest = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; options: --backend lucene|elasticsearch|both --records N --queries N --warmup N --warmup-records N --rebuilds N --costliest N --data DIR");
                }
            }
            return new Options(backends, records, queries, warmup, warmupRecords, rebuilds, costliest, data.resolve("objects.jsonl.gz"), data.resolve("constituents.jsonl.gz"));
        }
    }
}
