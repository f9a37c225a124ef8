package tw.museum.catalog.support;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.CatalogTestApplication;

/**
 * The catalogue alone on a PostgreSQL schema of its own, for the bench mains: started, handed to the
 * benchmark with a signed-in "bench" user, then closed and its schema dropped, whatever happened.
 */
public final class BenchmarkCatalogue {

    /** What a benchmark does with the running catalogue. */
    @FunctionalInterface
    public interface Benchmark {
        void run(ConfigurableApplicationContext app) throws Exception;
    }

    private BenchmarkCatalogue() {
    }

    /** Runs {@code benchmark}; {@code extraArgs} are further Spring arguments ({@code --name=value}). */
    public static void run(Benchmark benchmark, String... extraArgs) throws Exception {
        String schema = PostgresTestDatabase.freshSchema();
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + PostgresTestDatabase.urlFor(schema),
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.flyway.schemas=" + schema, "--logging.level.root=WARN",
                "--museum.media.store-dir=" + Files.createTempDirectory("bench-media")));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext app = SpringApplication.run(CatalogTestApplication.class, args.toArray(String[]::new));
        try {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("bench", null));
            benchmark.run(app);
        } finally {
            app.close();
            try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
