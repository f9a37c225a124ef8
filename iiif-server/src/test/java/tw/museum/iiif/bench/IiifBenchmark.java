package tw.museum.iiif.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tw.museum.iiif.support.TestImages;

/**
 * One command, both servers, same pyramidal TIFF, same shuffled tile list, same concurrency:
 * <ol>
 *   <li>makes a 12000x9000 photo-like JPEG (108 MP) and from it a pyramidal TIFF with vips
 *       (256-px JPEG tiles), as in /work/shared/notes/iiif.md;</li>
 *   <li>starts IIPImage (Debian iipimage-server FastCGI) behind lighttpd on loopback, and this server as a
 *       standalone JVM over a folder holding the same TIFF;</li>
 *   <li>lets this server derive its pyramid (what upload does), warms both, then measures both in
 *       alternating rounds and prints requests/s, p50/p99 and the ratio;</li>
 *   <li>copies the 108 MP JPEG into the store ("upload") and times info.json and the first tiles.</li>
 * </ol>
 * Run with iiif-server/bench/run-bench.sh.
 */
public final class IiifBenchmark {

    private static final int OURS_PORT = 18181;
    private static final int IIP_PORT = 18180;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/iiif-bench");
        String classpath = args.length > 1 ? args[1] : System.getProperty("java.class.path");
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        int rounds = Integer.getInteger("bench.rounds", 2);
        Files.createDirectories(work);
        Path store = Files.createDirectories(work.resolve("store"));
        Path cache = work.resolve("cache");
        Path jpeg = work.resolve("photo-108mp.jpg");
        Path tiff = store.resolve("photo.tif");
        int width = 12000;
        int height = 9000;
        if (!Files.exists(jpeg)) {
            log("drawing %dx%d photo-like image", width, height);
            TestImages.writeJpeg(TestImages.photoLike(width, height, 42), jpeg);
        }
        if (!Files.exists(tiff)) {
            log("vips tiffsave --tile --pyramid (256-px JPEG tiles)");
            exec(List.of("vips", "tiffsave", jpeg.toString(), tiff.toString(), "--tile", "--pyramid",
                    "--compression", "jpeg", "--Q", "85", "--tile-width", "256", "--tile-height", "256", "--strip"));
        }
        deleteTree(cache);
        Process lighttpd = startIipImage(work);
        Process ours = startOurs(work, store, cache, classpath);
        TileLoad load = new TileLoad();
        try {
            String iipBase = "http://127.0.0.1:" + IIP_PORT + "/fcgi-bin/iipsrv.fcgi?IIIF=" + tiff;
            String oursBase = "http://127.0.0.1:" + OURS_PORT + "/iiif/3/photo";
            waitFor(load, iipBase + "/info.json", 30);
            waitFor(load, oursBase + "/info.json", 60); // first request also starts pyramid derivation
            long t0 = System.nanoTime();
            while (!Files.exists(pyramidMeta(cache, "photo"))) {
                Thread.sleep(200);
            }
            log("this server derived its pyramid from the TIFF in %.1f s", (System.nanoTime() - t0) / 1e9);

            List<String> tiles = tileList(width, height, 512, new int[] {1, 2, 4});
            List<String> iipUrls = tiles.stream().map(t -> iipBase + "/" + t).toList();
            List<String> oursUrls = tiles.stream().map(t -> oursBase + "/" + t).toList();
            log("%d tile requests, concurrency %d, %d s per measurement", tiles.size(), concurrency, duration.toSeconds());
            load.run("warm-up IIPImage", iipUrls, concurrency, Duration.ofSeconds(5));
            load.run("warm-up this server", oursUrls, concurrency, Duration.ofSeconds(10));

            List<TileLoad.Result> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                results.add(load.run("IIPImage 1.1 (lighttpd FastCGI, 8 procs) round " + round, iipUrls, concurrency, duration));
                results.add(load.run("this server (standalone JVM) round " + round, oursUrls, concurrency, duration));
            }
            System.out.println();
            System.out.println("| server | tiles req/s | p50 ms | p99 ms | errors | KiB/tile |");
            System.out.println("|---|---|---|---|---|---|");
            results.forEach(r -> System.out.println(r.row()));
            double iip = results.stream().filter(r -> r.name().startsWith("IIP")).mapToDouble(TileLoad.Result::requestsPerSecond).sum();
            double our = results.stream().filter(r -> r.name().startsWith("this")).mapToDouble(TileLoad.Result::requestsPerSecond).sum();
            System.out.printf("%nratio this server / IIPImage (requests/s, summed over rounds): %.2f%n%n", our / iip);

            List<String> thumbs = List.of("full/!400,400/0/default.jpg");
            TileLoad.Result iipThumb = load.run("IIPImage thumbnail !400,400", thumbs.stream().map(t -> iipBase + "/" + t).toList(), concurrency, Duration.ofSeconds(10));
            TileLoad.Result ourThumb = load.run("this server thumbnail !400,400", thumbs.stream().map(t -> oursBase + "/" + t).toList(), concurrency, Duration.ofSeconds(10));
            TileLoad.Result iipInfo = load.run("IIPImage info.json", List.of(iipBase + "/info.json"), concurrency, Duration.ofSeconds(10));
            TileLoad.Result ourInfo = load.run("this server info.json", List.of(oursBase + "/info.json"), concurrency, Duration.ofSeconds(10));
            System.out.println("| request | req/s | p50 ms | p99 ms | errors | KiB |");
            System.out.println("|---|---|---|---|---|---|");
            for (TileLoad.Result r : List.of(iipThumb, ourThumb, iipInfo, ourInfo)) {
                System.out.println(r.row());
            }
            System.out.println();
            firstTileAfterUpload(load, jpeg, store, cache, width, height);
        } finally {
            ours.destroy();
            lighttpd.destroy();
            ours.waitFor();
            lighttpd.waitFor();
        }
    }

    /** Uploading = the file appears in the store; the first request triggers derivation in the background. */
    private static void firstTileAfterUpload(TileLoad load, Path jpeg, Path store, Path cache, int width, int height)
            throws Exception {
        String id = "upload-" + System.currentTimeMillis();
        Files.copy(jpeg, store.resolve(id + ".jpg"), StandardCopyOption.REPLACE_EXISTING);
        String base = "http://127.0.0.1:" + OURS_PORT + "/iiif/3/" + id;
        long start = System.nanoTime();
        long info = load.timeOnce(base + "/info.json");
        long overview = load.timeOnce(base + "/full/375,/0/default.jpg"); // the one-tile top level (sf 32)
        long centre = load.timeOnce(base + "/" + (width / 2 / 512 * 512) + "," + (height / 2 / 512 * 512) + ",512,512/512,/0/default.jpg");
        long corner = load.timeOnce(base + "/" + (width - 512 * 2) + "," + (height - 512 * 2) + ",512,512/512,/0/default.jpg");
        while (!Files.exists(pyramidMeta(cache, id))) {
            Thread.sleep(100);
        }
        double derived = (System.nanoTime() - start) / 1e9;
        long after = load.timeOnce(base + "/" + (width - 512 * 3) + "," + (height - 512 * 3) + ",512,512/512,/0/default.jpg");
        System.out.println("| first requests after uploading a 108 MP JPEG (12000x9000) | ms |");
        System.out.println("|---|---|");
        System.out.printf("| info.json | %d |%n| overview tile (full/375,) | %d |%n| full-resolution tile, image centre | %d |%n"
                + "| full-resolution tile, bottom-right | %d |%n| pyramid complete after upload (s) | %.1f |%n"
                + "| full-resolution tile once the pyramid exists | %d |%n", info, overview, centre, corner, derived, after);
    }

    static List<String> tileList(int width, int height, int tile, int[] scaleFactors) {
        List<String> list = new ArrayList<>();
        for (int sf : scaleFactors) {
            int span = tile * sf;
            for (int y = 0; y < height; y += span) {
                for (int x = 0; x < width; x += span) {
                    int w = Math.min(span, width - x);
                    int h = Math.min(span, height - y);
                    list.add(x + "," + y + "," + w + "," + h + "/" + (int) Math.ceil(w / (double) sf) + ",/0/default.jpg");
                }
            }
        }
        Collections.shuffle(list, new Random(7));
        return list;
    }

    private static Path pyramidMeta(Path cache, String id) throws IOException {
        Path dir = cache.resolve("pyramids").resolve(id);
        if (!Files.isDirectory(dir)) {
            return dir.resolve("none");
        }
        try (Stream<Path> versions = Files.list(dir)) {
            return versions.filter(p -> !p.getFileName().toString().contains(".tmp"))
                    .map(p -> p.resolve("pyramid.properties")).findFirst().orElse(dir.resolve("none"));
        }
    }

    private static Process startIipImage(Path work) throws IOException {
        Path conf = work.resolve("lighttpd.conf");
        Files.createDirectories(work.resolve("www"));
        Files.writeString(conf, """
                server.document-root = "%1$s/www"
                server.bind = "127.0.0.1"
                server.port = %2$d
                server.modules = ("mod_fastcgi")
                server.errorlog = "%1$s/lighttpd-error.log"
                server.max-keep-alive-requests = 100000
                fastcgi.server = ( "/fcgi-bin/iipsrv.fcgi" => ((
                    "socket" => "%1$s/iipsrv.sock",
                    "bin-path" => "/usr/lib/iipimage-server/iipsrv.fcgi",
                    "check-local" => "disable",
                    "min-procs" => 8,
                    "max-procs" => 8,
                    "bin-environment" => (
                        "LOGFILE" => "%1$s/iipsrv.log",
                        "VERBOSITY" => "0",
                        "JPEG_QUALITY" => "85",
                        "MAX_IMAGE_CACHE_SIZE" => "100",
                        "MAX_CVT" => "5000",
                        "CORS" => "*"
                    )
                )))
                """.formatted(work, IIP_PORT));
        ProcessBuilder pb = new ProcessBuilder("/usr/sbin/lighttpd", "-D", "-f", conf.toString());
        pb.redirectErrorStream(true).redirectOutput(work.resolve("lighttpd.out").toFile());
        return pb.start();
    }

    private static Process startOurs(Path work, Path store, Path cache, String classpath) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Xmx1g", "-cp", classpath,
                "tw.museum.iiif.IiifServerApplication", "--server.port=" + OURS_PORT, "--server.address=127.0.0.1",
                "--museum.iiif.source-folder.enabled=true", "--museum.iiif.source-folder.root=" + store,
                "--museum.iiif.cache-dir=" + cache, "--logging.level.root=WARN",
                "--logging.level.tw.museum.iiif=INFO", "--server.tomcat.threads.max=16");
        pb.redirectErrorStream(true).redirectOutput(work.resolve("iiif-server.out").toFile());
        return pb.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void waitFor(TileLoad load, String url, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (load.status(url) == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not up: " + url);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
