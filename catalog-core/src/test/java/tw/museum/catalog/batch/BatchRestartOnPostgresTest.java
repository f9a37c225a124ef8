package tw.museum.catalog.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.CatalogTestApplication;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.support.PostgresTestDatabase;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * A node applying a batch is killed hard (a separate JVM, SIGKILL) in the middle; another node, started on the
 * same PostgreSQL database, finishes the batch. Every record ends changed exactly once: one audit entry naming
 * the batch, one version more than the preview saw, the term once.
 */
class BatchRestartOnPostgresTest {

    private static final int RECORDS = 150;
    private static final String LEASE = "PT3S";

    @TempDir
    Path media;

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private String schema;

    private List<String> properties() {
        return List.of("--spring.datasource.url=" + PostgresTestDatabase.urlFor(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.flyway.schemas=" + schema, "--spring.datasource.hikari.maximum-pool-size=4",
                "--museum.media.store-dir=" + media, "--museum.batch.chunk-size=5", "--museum.batch.claim-lease=" + LEASE,
                "--logging.level.root=WARN");
    }

    private ConfigurableApplicationContext node() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogTestApplication.class)
                .web(WebApplicationType.NONE).run(properties().toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    @AfterEach
    void stop() throws Exception {
        processes.forEach(p -> p.destroyForcibly());
        contexts.forEach(ConfigurableApplicationContext::close);
        SecurityContextHolder.clearContext();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aNodeKilledMidBatchLeavesNothingLostOrDoneTwice() throws Exception {
        schema = PostgresTestDatabase.freshSchema();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("registrar.hsu", null, "ROLE_REGISTRAR"));
        ConfigurableApplicationContext node = node();
        ArtifactService artifacts = node.getBean(ArtifactService.class);
        String term = node.getBean(TermService.class)
                .create(Vocabulary.SUBJECT, new TermData("industry", Bilingual.of("工業", "Industry"), null, null, null)).code();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            String number = "K-" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("電扇 " + i, null), null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null));
            numbers.add(number);
        }
        BatchEditService batches = node.getBean(BatchEditService.class);
        BatchView batch = batches.create(new BatchRequest("subjects", BatchOperation.ADD, BatchValue.ofCodes(term), numbers,
                "K-0 … K-149"));
        node.getBean(BatchWorker.class).runPending();
        BatchView previewed = batches.get(batch.number());
        assertThat(previewed.count(ItemState.READY)).isEqualTo(RECORDS);
        batches.apply(batch.number(), previewed.version());

        // another node takes the batch and is killed while it works
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        Process killed = workerProcess();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (applied(jdbc) < 30 && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(killed.isAlive()).as("the worker was still working when it was killed").isTrue();
        killed.destroyForcibly().waitFor();
        int appliedBeforeRestart = applied(jdbc);
        assertThat(appliedBeforeRestart).isBetween(30, RECORDS - 1);

        // this node carries on: claims the dead node left are taken again once their lease runs out
        BatchWorker worker = node.getBean(BatchWorker.class);
        while (batches.get(batch.number()).status() != BatchStatus.APPLIED && System.nanoTime() < deadline) {
            worker.runPending();
            Thread.sleep(200);
        }
        BatchView done = batches.get(batch.number());
        assertThat(done.status()).isEqualTo(BatchStatus.APPLIED);
        assertThat(done.count(ItemState.APPLIED)).isEqualTo(RECORDS);
        String cause = BatchEditService.cause(batch.number());
        for (String number : numbers) {
            ArtifactView record = artifacts.get(number);
            assertThat(record.subjects()).extracting(TermRef::code).as(number).containsExactly(term);
            assertThat(artifacts.history(number)).filteredOn(h -> cause.equals(h.cause())).as(number).hasSize(1)
                    .allSatisfy(h -> assertThat(h.actor()).isEqualTo("registrar.hsu"));
            assertThat(record.version()).as(number).isEqualTo(1);
        }
    }

    private static int applied(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM batch_edit_item WHERE state = 'APPLIED'", Integer.class);
    }

    private Process workerProcess() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BatchWorkerProcess.class.getName()));
        command.addAll(properties());
        Path log = Files.createTempFile("batch-worker", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }
}
