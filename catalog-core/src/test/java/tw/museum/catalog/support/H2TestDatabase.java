package tw.museum.catalog.support;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The embedded default database, in memory, one per Spring context. */
public final class H2TestDatabase {

    private H2TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
