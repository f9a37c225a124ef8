package tw.museum.catalog.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ExternalLink;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.Reference;
import tw.museum.catalog.support.CatalogTestBase;

/**
 * The broken-link check against a real HTTP server on this machine answering 200, 404, redirects, a
 * refused HEAD and no answer at all, written once for H2 and PostgreSQL.
 */
// the test server is on this machine: its loopback address is allowed here, as a museum allows its intranet
@TestPropertySource(properties = {"museum.link-check.timeout=700ms", "museum.link-check.concurrency=3",
        "museum.link-check.allowed-networks=127.0.0.1/32"})
abstract class LinkCheckContract extends CatalogTestBase {

    @Autowired LinkCheckService linkCheck;
    @Autowired JobLock lock;
    @Autowired ArtifactService artifacts;
    @Autowired LearningUnitService units;
    @Autowired JdbcTemplate jdbc;

    HttpServer server;
    String base;
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200));
        server.createContext("/missing", exchange -> answer(exchange, 404));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", base + "/ok");
            answer(exchange, 301);
        });
        server.createContext("/no-head", exchange -> answer(exchange, "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200));
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS); // far past the timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(50); // long enough for concurrent requests to overlap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        inFlight.decrementAndGet();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void reportsBrokenLinksOfArtifactsAndUnits() {
        String number = unique("LINK");
        artifacts.create(new ArtifactData(number, Bilingual.of("有連結的藏品", null), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null,
                List.of(new ExternalLink(base + "/ok", null), new ExternalLink(base + "/missing", null),
                        new ExternalLink(base + "/slow", null)), null, null));
        String slug = unique("links");
        units.create(new LearningUnitData(slug, Bilingual.of("單元", null), null, null, AgeGroup.ADULT, null, null,
                List.of(new Reference(Bilingual.of("好", null), base + "/moved"),
                        new Reference(Bilingual.of("壞", null), base + "/missing"),
                        new Reference(Bilingual.of("只收 GET", null), base + "/no-head"),
                        new Reference(Bilingual.of("書，無網址", null), null)),
                null, null));
        for (int i = 0; i < 6; i++) {
            // more links than the concurrency allows at once
            units.create(new LearningUnitData(unique("many"), Bilingual.of("多", null), null, null, AgeGroup.ADULT, null,
                    null, List.of(new Reference(null, base + "/ok?" + i)), null, null));
        }
        forceDue();

        long started = System.nanoTime();
        assertThat(linkCheck.runIfDue()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the slow link is given up on").isLessThan(Duration.ofSeconds(8));

        List<LinkResult> broken = linkCheck.broken();
        assertThat(broken).extracting(LinkResult::url).containsExactly(base + "/missing", base + "/slow");
        LinkResult missing = broken.get(0);
        assertThat(missing.httpStatus()).isEqualTo(404);
        assertThat(missing.sources()).containsExactly(LinkResult.ARTIFACT + number, LinkResult.LEARNING_UNIT + slug);
        assertThat(broken.get(1).httpStatus()).isNull();
        assertThat(broken.get(1).problem()).contains("700 ms");
        assertThat(linkCheck.checkedCount()).isGreaterThanOrEqualTo(11);
        assertThat(maxInFlight.get()).as("bounded concurrency").isBetween(1, 3);
        assertThat(linkCheck.lastRun()).isPresent();

        // Just ran: not due again until the interval has passed, on this node or any other.
        assertThat(linkCheck.runIfDue()).isFalse();
    }

    @Test
    void onlyOneNodeHoldsTheJob() {
        forceDue();
        Instant now = Instant.now();
        assertThat(lock.tryAcquire(LinkCheckService.JOB, "node-a", now, Duration.ofMinutes(5), Duration.ofHours(1), false)).isTrue();
        assertThat(lock.tryAcquire(LinkCheckService.JOB, "node-b", now, Duration.ofMinutes(5), Duration.ofHours(1), true)).isFalse();
        assertThat(linkCheck.runNow()).as("held by node a").isFalse();
        // node a died: once its lease is over, another node may take the job
        assertThat(lock.tryAcquire(LinkCheckService.JOB, "node-b", now.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5),
                Duration.ofHours(1), false)).isTrue();
        lock.release(LinkCheckService.JOB, "node-b");
    }

    /** Tests share the job row of their database: make the check due regardless of earlier runs. */
    private void forceDue() {
        jdbc.update("UPDATE scheduled_job SET last_run_at = NULL, locked_by = NULL, locked_until = NULL WHERE name = ?",
                LinkCheckService.JOB);
    }
}
