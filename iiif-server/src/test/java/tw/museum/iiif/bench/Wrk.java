package tw.museum.iiif.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measurement with wrk (Debian package): {@code threads} threads and {@code connections} keep-alive
 * connections cycling through a list of request paths (each thread starts at its own place in the list), the
 * latency distribution, and the CPU the server's processes spent (from /proc, user + system) per request.
 */
final class Wrk {

    record Result(String name, double requestsPerSecond, double p50Ms, double p99Ms, long requests, long errors,
                  double cpuMsPerRequest, double kibPerRequest, String load) {

        String row() {
            return String.format("| %s | %,.0f | %.1f | %.1f | %.2f | %.1f | %d | %s |", name, requestsPerSecond,
                    p50Ms, p99Ms, cpuMsPerRequest, kibPerRequest, errors, load);
        }
    }

    static final String HEADER = "| server | req/s | p50 ms | p99 ms | CPU ms/req | KiB/resp | errors | load (1 min) |\n"
            + "|---|---|---|---|---|---|---|---|";

    private static final String SCRIPT = """
            local count = 0
            function setup(thread)
              thread:set("id", count)
              count = count + 1
            end
            function init(args)
              paths = {}
              for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
              n = #paths
              i = math.floor(n * id / 4)
            end
            function request()
              i = i + 1
              if i > n then i = 1 end
              return wrk.format("GET", paths[i])
            end
            """;

    private final Path work;
    private final int threads;
    private final int connections;

    Wrk(Path work, int threads, int connections) throws IOException {
        this.work = work;
        this.threads = threads;
        this.connections = connections;
        Files.writeString(work.resolve("paths.lua"), SCRIPT);
    }

    /** @param serverPids the processes whose CPU time counts (their descendants too) */
    Result run(String name, String origin, List<String> paths, Duration duration, List<Long> serverPids)
            throws IOException, InterruptedException {
        Path list = work.resolve("paths-" + Math.abs(name.hashCode()) + ".txt");
        Files.write(list, paths, StandardCharsets.UTF_8);
        String loadBefore = loadAverage();
        long cpuBefore = cpuTicks(serverPids);
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "30s", "-s",
                work.resolve("paths.lua").toString(), origin);
        pb.environment().put("WRK_PATHS", list.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        long cpuTicks = cpuTicks(serverPids) - cpuBefore;
        String loadAfter = loadAverage();
        long requests = longOf(out, "(\\d+) requests in");
        long errors = longOf(out, "Non-2xx or 3xx responses: (\\d+)") + socketErrors(out);
        double bytes = bytesOf(out);
        Result r = new Result(name, doubleOf(out, "Requests/sec:\\s+([0-9.]+)"), latency(out, "50%"), latency(out, "99%"),
                requests, errors, requests == 0 ? Double.NaN : cpuTicks * 10.0 / requests,
                requests == 0 ? 0 : bytes / requests / 1024, loadBefore + "→" + loadAfter);
        System.out.println("[bench] " + r.row());
        return r;
    }

    /** User + system clock ticks (100 per second) of the processes and all their descendants. */
    static long cpuTicks(List<Long> pids) throws IOException {
        long ticks = 0;
        for (long pid : pids) {
            ProcessHandle root = ProcessHandle.of(pid).orElse(null);
            if (root == null) {
                continue;
            }
            ticks += ticksOf(pid);
            for (ProcessHandle child : root.descendants().toList()) {
                ticks += ticksOf(child.pid());
            }
        }
        return ticks;
    }

    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended
        }
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static double bytesOf(String out) {
        Matcher m = Pattern.compile("requests in [0-9.]+\\w+, ([0-9.]+)(B|KB|MB|GB) read").matcher(out);
        if (!m.find()) {
            return 0;
        }
        double v = Double.parseDouble(m.group(1));
        return v * switch (m.group(2)) {
            case "KB" -> 1024;
            case "MB" -> 1024 * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1;
        };
    }

    private static long socketErrors(String out) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (!m.find()) {
            return 0;
        }
        return Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3))
                + Long.parseLong(m.group(4));
    }

    private static long longOf(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double doubleOf(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
