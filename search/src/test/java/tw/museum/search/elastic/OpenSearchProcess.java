package tw.museum.search.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node (with ICU and smartcn analysis) started as a separate java process for the
 * Elasticsearch-backend tests. Its classpath comes from the file the build writes (see search/pom.xml);
 * it runs outside the test JVM because its Lucene differs from ours. One node per test JVM, shared by the
 * test classes, killed when the JVM exits; its PID is written to target/opensearch.pid so CI can kill a
 * leftover one too.
 */
final class OpenSearchProcess {
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String PLUGINS = "org.opensearch.plugin.analysis.icu.AnalysisICUPlugin,"
            + "org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin";
    private static OpenSearchProcess shared;

    private final Process process;
    private final URI url;
    private final Path home;

    private OpenSearchProcess(Process process, URI url, Path home) {
        this.process = process;
        this.url = url;
        this.home = home;
    }

    /** The node for this test JVM, started on first use. Fails, never skips, when it cannot start. */
    static synchronized OpenSearchProcess shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-stop"));
        }
        return shared;
    }

    URI url() {
        return url;
    }

    private static OpenSearchProcess start() {
        String classpathFile = System.getProperty("opensearch.fixture.classpath", "target/opensearch-fixture.classpath");
        try {
            Path cpFile = Path.of(classpathFile);
            if (!Files.exists(cpFile)) {
                throw new IllegalStateException("OpenSearch fixture classpath " + cpFile.toAbsolutePath()
                        + " is missing: run the build (mvn -pl search verify), which writes it");
            }
            String classpath = Files.readString(cpFile).strip();
            Path home = Files.createTempDirectory("opensearch-it");
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("opensearch.yml"), """
                    network.host: 127.0.0.1
                    cluster.routing.allocation.disk.threshold_enabled: false
                    action.auto_create_index: false
                    """);
            // The runner binds baseHttpPort + 1; ports above 9299 make it die silently.
            int httpPort = freePortBelow9300();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path log = home.resolve("opensearch.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dlog4j2.disable.jmx=true", "-cp", classpath, "org.codelibs.opensearch.runner.OpenSearchRunner",
                    "-basePath", home.resolve("base").toString(), "-confPath", conf.toString(), "-numOfNode", "1",
                    "-baseHttpPort", String.valueOf(httpPort - 1), "-clusterName", "museum-it", "-pluginTypes", PLUGINS))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            Path pidFile = Path.of("target", "opensearch.pid");
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, String.valueOf(process.pid()));
            OpenSearchProcess node = new OpenSearchProcess(process, URI.create("http://127.0.0.1:" + httpPort), home);
            node.awaitGreen(log);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start OpenSearch", e);
        }
    }

    private void awaitGreen(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=green&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + "; log:\n" + tail(log));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"green\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: the health call itself waits, so this loop does not spin.
                try {
                    process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("OpenSearch not green within " + STARTUP + "; log:\n" + tail(log));
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Temp files only.
        }
    }

    private static int freePortBelow9300() throws IOException {
        for (int port = 9201 + (int) (ProcessHandle.current().pid() % 80); port < 9299; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress());
                 ServerSocket transportProbe = new ServerSocket(port - 1, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // Try the next one.
            }
        }
        throw new IOException("no free port between 9201 and 9299 for OpenSearch");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
