package tw.museum.catalog.linkcheck;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.support.PostgresTestDatabase;

class LinkCheckOnPostgresTest extends LinkCheckContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
