package tw.museum.iiif.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tw.museum.iiif.support.TestImages;

/**
 * One command, three servers side by side in one run, on the same 12000x9000 image and the same request lists:
 * this server (its Tomcat port and its Netty front), IIPImage (Debian iipimage-server behind lighttpd FastCGI) and lighttpd serving this server's
 * pre-cut tile files as plain static files (the limit for stored tiles). wrk drives each in turn, in alternating
 * rounds so the shared machine's noise falls on all of them; CPU per request comes from /proc.
 * <ol>
 *   <li>draws a 12000x9000 photo-like JPEG (108 MP) and makes a pyramidal TIFF of it with vips (256-px tiles);</li>
 *   <li>starts IIPImage over the TIFF, this server (standalone JVM) over a folder holding the same TIFF, and
 *       waits until this server has derived its pyramid (what upload does); then starts lighttpd over that
 *       pyramid's directory;</li>
 *   <li>measures tiles (the 512-px grid at scale factors 1, 2, 4, shuffled), unique arbitrary regions (a new
 *       region and size on every request, a new list every round), the !400,400 thumbnail and info.json;</li>
 *   <li>writes the table into docs/benchmarks.md (between the iiif-bench markers) and times the first requests
 *       after uploading the 108 MP JPEG.</li>
 * </ol>
 * Run with iiif-server/bench/run-bench.sh (needs iipimage-server, lighttpd, wrk, libvips-tools).
 */
public final class IiifBenchmark {

    private static final int OURS_PORT = 18181;
    private static final int IIP_PORT = 18180;
    private static final int STATIC_PORT = 18182;
    private static final int FRONT_PORT = 18183;
    private static final String START = "<!-- iiif-bench:start -->";
    private static final String END = "<!-- iiif-bench:end -->";

    record Tile(int level, int column, int row, String iiif) {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/iiif-bench");
        String classpath = args.length > 1 ? args[1] : System.getProperty("java.class.path");
        Path docs = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
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
        try (Stream<Path> old = Files.list(store)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("upload-")).toList()) {
                Files.delete(p);
            }
        }
        Process iip = startIipImage(work);
        Process ours = startOurs(work, store, cache, classpath);
        Process files = null;
        Probe probe = new Probe();
        Wrk wrk = new Wrk(work, 2, 8);
        try {
            String iipPrefix = "/fcgi-bin/iipsrv.fcgi?IIIF=" + tiff;
            String iipOrigin = "http://127.0.0.1:" + IIP_PORT;
            String oursOrigin = "http://127.0.0.1:" + OURS_PORT;
            String frontOrigin = "http://127.0.0.1:" + FRONT_PORT; // the same server's Netty front
            String oursPrefix = "/iiif/3/photo";
            waitFor(probe, iipOrigin + iipPrefix + "/info.json", 30);
            waitFor(probe, oursOrigin + oursPrefix + "/info.json", 240); // the first request also starts derivation
            long t0 = System.nanoTime();
            while (!Files.exists(pyramidMeta(cache, "photo"))) {
                Thread.sleep(200);
            }
            log("this server derived its pyramid from the TIFF in %.1f s", (System.nanoTime() - t0) / 1e9);
            Path pyramid = pyramidMeta(cache, "photo").getParent();
            files = startStatic(work, pyramid);
            String staticOrigin = "http://127.0.0.1:" + STATIC_PORT;

            List<Tile> tiles = tileList(width, height, 512, new int[] {1, 2, 4});
            List<String> iipTiles = tiles.stream().map(t -> iipPrefix + "/" + t.iiif()).toList();
            List<String> ourTiles = tiles.stream().map(t -> oursPrefix + "/" + t.iiif()).toList();
            List<String> staticTiles = tiles.stream().map(t -> "/" + t.level() + "/" + t.column() + "_" + t.row() + ".jpg").toList();
            waitFor(probe, staticOrigin + staticTiles.get(0), 10);
            List<Long> iipPids = List.of(iip.pid());
            List<Long> ourPids = List.of(ours.pid());
            List<Long> staticPids = List.of(files.pid());
            log("warming up");
            wrk.run("warm-up IIPImage", iipOrigin, iipTiles, Duration.ofSeconds(5), iipPids);
            wrk.run("warm-up this server", oursOrigin, ourTiles, Duration.ofSeconds(10), ourPids);
            wrk.run("warm-up this server's front", frontOrigin, ourTiles, Duration.ofSeconds(5), ourPids);
            wrk.run("warm-up this server regions", oursOrigin, regions(width, height, 2000, 99, oursPrefix),
                    Duration.ofSeconds(10), ourPids);
            wrk.run("warm-up static", staticOrigin, staticTiles, Duration.ofSeconds(3), staticPids);

            List<Wrk.Result> tileResults = new ArrayList<>();
            List<Wrk.Result> regionResults = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                tileResults.add(wrk.run("IIPImage, round " + round, iipOrigin, iipTiles, duration, iipPids));
                tileResults.add(wrk.run("this server (Tomcat), round " + round, oursOrigin, ourTiles, duration, ourPids));
                tileResults.add(wrk.run("this server, Netty front, round " + round, frontOrigin, ourTiles, duration, ourPids));
                tileResults.add(wrk.run("lighttpd static files, round " + round, staticOrigin, staticTiles, duration, staticPids));
                regionResults.add(wrk.run("IIPImage, round " + round, iipOrigin,
                        regions(width, height, 20_000, round, iipPrefix), duration, iipPids));
                regionResults.add(wrk.run("this server, round " + round, oursOrigin,
                        regions(width, height, 20_000, round, oursPrefix), duration, ourPids));
            }
            String thumb = "/full/!400,400/0/default.jpg";
            List<Wrk.Result> small = List.of(
                    wrk.run("IIPImage thumbnail !400,400", iipOrigin, List.of(iipPrefix + thumb), duration, iipPids),
                    wrk.run("this server thumbnail !400,400", oursOrigin, List.of(oursPrefix + thumb), duration, ourPids),
                    wrk.run("IIPImage info.json", iipOrigin, List.of(iipPrefix + "/info.json"), duration, iipPids),
                    wrk.run("this server info.json", oursOrigin, List.of(oursPrefix + "/info.json"), duration, ourPids));

            StringBuilder md = new StringBuilder();
            md.append("Run on ").append(LocalDate.now()).append(" with `iiif-server/bench/run-bench.sh` (wrk -t2 -c8, ")
                    .append(duration.toSeconds()).append(" s per measurement, ").append(rounds)
                    .append(" alternating rounds), ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, ").append(System.getProperty("java.vm.name")).append(' ')
                    .append(System.getProperty("java.version")).append(". Load = the 1-minute load average before→after.\n\n");
            md.append("#### Tiles (").append(tiles.size()).append(" requests, 512-px grid at scale factors 1, 2, 4)\n\n")
                    .append(Wrk.HEADER).append('\n');
            tileResults.forEach(r -> md.append(r.row()).append('\n'));
            double tomcatTile = sum(tileResults, "this server (Tomcat)"), frontTile = sum(tileResults, "this server, Netty");
            double iipTile = sum(tileResults, "IIP"), staticTile = sum(tileResults, "lighttpd");
            md.append(String.format("%nNetty front / static files: **%.2f×**; Netty front / IIPImage: **%.2f×**; "
                    + "Tomcat / static files: %.2f×; Tomcat / IIPImage: %.2f× (requests/s summed over the rounds).%n%n",
                    frontTile / staticTile, frontTile / iipTile, tomcatTile / staticTile, tomcatTile / iipTile));
            md.append("#### Arbitrary regions (a new region and size on every request: never a derivative-cache hit; decoded tiles are cached)\n\n")
                    .append(Wrk.HEADER).append('\n');
            regionResults.forEach(r -> md.append(r.row()).append('\n'));
            md.append(String.format("%nThis server / IIPImage: **%.2f×** requests/s; p50 %.1f ms against %.1f ms "
                            + "(means over the rounds).%n%n", sum(regionResults, "this") / sum(regionResults, "IIP"),
                    mean(regionResults, "this"), mean(regionResults, "IIP")));
            md.append("#### Thumbnail and info.json (one URL, repeated)\n\n").append(Wrk.HEADER).append('\n');
            small.forEach(r -> md.append(r.row()).append('\n'));
            md.append('\n').append(firstTileAfterUpload(probe, jpeg, store, cache, width, height));
            System.out.println();
            System.out.println(md);
            writeIntoDocs(docs, md.toString());
        } finally {
            for (Process p : new Process[] {ours, iip, files}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor();
                }
            }
        }
    }

    private static double sum(List<Wrk.Result> results, String prefix) {
        return results.stream().filter(r -> r.name().startsWith(prefix)).mapToDouble(Wrk.Result::requestsPerSecond).sum();
    }

    private static double mean(List<Wrk.Result> results, String prefix) {
        return results.stream().filter(r -> r.name().startsWith(prefix)).mapToDouble(Wrk.Result::p50Ms).average().orElse(0);
    }

    private static void writeIntoDocs(Path docs, String table) throws IOException {
        if (!Files.exists(docs)) {
            log("no %s: table printed only", docs);
            return;
        }
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        if (a < 0 || b < a) {
            log("%s has no %s ... %s markers: table printed only", docs, START, END);
            return;
        }
        Files.writeString(docs, text.substring(0, a + START.length()) + "\n" + table + text.substring(b),
                StandardCharsets.UTF_8);
        log("table written into %s", docs);
    }

    /**
     * Unique regions: width 256-4096 px of the source, aspect 0.6-1.6, anywhere in the image, output width
     * 128-1024 px (never above the region: no upscaling), the same list for both servers in a round.
     */
    static List<String> regions(int width, int height, int count, long seed, String prefix) {
        Random random = new Random(seed);
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int rw = 256 + random.nextInt(4096 - 256);
            int rh = Math.min(height, Math.max(64, (int) (rw * (0.6 + random.nextDouble()))));
            int x = random.nextInt(width - rw);
            int y = random.nextInt(height - rh);
            int out = Math.min(rw, 128 + random.nextInt(1024 - 128));
            list.add(prefix + "/" + x + "," + y + "," + rw + "," + rh + "/" + out + ",/0/default.jpg");
        }
        return list;
    }

    /** Uploading = the file appears in the store; the first request triggers derivation in the background. */
    private static String firstTileAfterUpload(Probe probe, Path jpeg, Path store, Path cache, int width, int height)
            throws Exception {
        String id = "upload-" + System.currentTimeMillis();
        Files.copy(jpeg, store.resolve(id + ".jpg"), StandardCopyOption.REPLACE_EXISTING);
        String base = "http://127.0.0.1:" + OURS_PORT + "/iiif/3/" + id;
        long start = System.nanoTime();
        long info = probe.timeOnce(base + "/info.json");
        long overview = probe.timeOnce(base + "/full/375,/0/default.jpg"); // the one-tile top level (sf 32)
        long centre = probe.timeOnce(base + "/" + (width / 2 / 512 * 512) + "," + (height / 2 / 512 * 512) + ",512,512/512,/0/default.jpg");
        long corner = probe.timeOnce(base + "/" + (width - 512 * 2) + "," + (height - 512 * 2) + ",512,512/512,/0/default.jpg");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!Files.exists(pyramidMeta(cache, id))) {
            if (System.nanoTime() > deadline) {
                return "(the uploaded image's pyramid was not complete after 5 minutes: machine too busy)\n";
            }
            Thread.sleep(100);
        }
        double derived = (System.nanoTime() - start) / 1e9;
        long after = probe.timeOnce(base + "/" + (width - 512 * 3) + "," + (height - 512 * 3) + ",512,512/512,/0/default.jpg");
        return String.format("| first requests after uploading a 108 MP JPEG (12000x9000) | ms |%n|---|---|%n"
                + "| info.json | %d |%n| overview tile (full/375,) | %d |%n| full-resolution tile, image centre | %d |%n"
                + "| full-resolution tile, bottom-right | %d |%n| pyramid complete after upload (s) | %.1f |%n"
                + "| full-resolution tile once the pyramid exists | %d |%n", info, overview, centre, corner, derived, after);
    }

    static List<Tile> tileList(int width, int height, int tile, int[] scaleFactors) {
        List<Tile> list = new ArrayList<>();
        for (int sf : scaleFactors) {
            int span = tile * sf;
            int level = Integer.numberOfTrailingZeros(sf);
            for (int y = 0; y < height; y += span) {
                for (int x = 0; x < width; x += span) {
                    int w = Math.min(span, width - x);
                    int h = Math.min(span, height - y);
                    list.add(new Tile(level, x / span, y / span,
                            x + "," + y + "," + w + "," + h + "/" + (int) Math.ceil(w / (double) sf) + ",/0/default.jpg"));
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

    /** lighttpd serving the pyramid's tile files as they lie on disk (sendfile, ETags): the limit for tiles. */
    private static Process startStatic(Path work, Path root) throws IOException {
        Path conf = work.resolve("lighttpd-static.conf");
        Files.writeString(conf, """
                server.document-root = "%1$s"
                server.bind = "127.0.0.1"
                server.port = %2$d
                server.errorlog = "%3$s/lighttpd-static-error.log"
                server.max-keep-alive-requests = 100000
                mimetype.assign = (".jpg" => "image/jpeg")
                """.formatted(root, STATIC_PORT, work));
        ProcessBuilder pb = new ProcessBuilder("/usr/sbin/lighttpd", "-D", "-f", conf.toString());
        pb.redirectErrorStream(true).redirectOutput(work.resolve("lighttpd-static.out").toFile());
        return pb.start();
    }

    private static Process startOurs(Path work, Path store, Path cache, String classpath) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Xmx2g", "-cp", classpath,
                "tw.museum.iiif.IiifServerApplication", "--server.port=" + OURS_PORT, "--server.address=127.0.0.1",
                "--museum.iiif.source-folder.enabled=true", "--museum.iiif.source-folder.root=" + store,
                "--museum.iiif.cache-dir=" + cache, "--logging.level.root=WARN",
                "--logging.level.tw.museum.iiif=INFO", "--server.tomcat.threads.max=16",
                "--museum.iiif.front.port=" + FRONT_PORT, "--museum.iiif.front.address=127.0.0.1",
                "--museum.iiif.decoded-tile-cache-size=512MB");
        pb.redirectErrorStream(true).redirectOutput(work.resolve("iiif-server.out").toFile());
        return pb.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void waitFor(Probe load, String url, int seconds) throws InterruptedException {
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
