package tw.museum.iiif.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A closed-loop load generator: {@code concurrency} clients cycling through the same URL list. */
final class TileLoad {

    record Result(String name, long requests, long errors, long bytes, double seconds, double p50Ms, double p99Ms) {
        double requestsPerSecond() {
            return requests / seconds;
        }

        String row() {
            return String.format("| %s | %.0f | %.1f | %.1f | %d | %.1f |", name, requestsPerSecond(), p50Ms, p99Ms,
                    errors, bytes / (double) Math.max(1, requests) / 1024);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Result run(String name, List<String> urls, int concurrency, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String url = urls.get(Math.floorMod(next.getAndIncrement(), urls.size()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            bytes.addAndGet(response.body().length);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (counts[id] < latencies.length) {
                            latencies[counts[id]++] = System.nanoTime() - t0;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int i = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, i, counts[t]);
            i += counts[t];
        }
        Arrays.sort(all);
        return new Result(name, total, errors.get(), bytes.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    long timeOnce(String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode());
        }
        return ms;
    }

    int status(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
