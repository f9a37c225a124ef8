package tw.museum.catalog.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server the tests run against (CI's .ci/run starts one). Each Spring context gets
 * a schema of its own, so test classes never see each other's rows and can run in any order.
 * Not reachable means a failed test with a clear message, never a skipped one.
 */
public final class PostgresTestDatabase {

    public static final String URL = env("MUSEUM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/museum_test");
    public static final String USER = env("MUSEUM_TEST_PG_USER", "museum_test");
    public static final String PASSWORD = env("MUSEUM_TEST_PG_PASSWORD", "museum_test");

    private PostgresTestDatabase() {
    }

    /** Creates a fresh schema and points the datasource of the context being built at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String schema = freshSchema();
        registry.add("spring.datasource.url", () -> urlFor(schema));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        // cached test contexts keep their pools open: small pools keep a whole build (and parallel builds on
        // one machine) under the server's connection limit
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    /** Creates an empty schema of its own and returns its name. */
    public static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The tests need a PostgreSQL server at %s (user %s). Start one as .ci/run does, or point \
                    MUSEUM_TEST_PG_URL / MUSEUM_TEST_PG_USER / MUSEUM_TEST_PG_PASSWORD at yours. Cause: %s"""
                    .formatted(URL, USER, e.getMessage()), e);
        }
        return schema;
    }

    /** The JDBC URL of the server with the given schema as the default one. */
    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
