package tw.museum.catalog.learning;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.support.PostgresTestDatabase;

class LearningUnitOnPostgresTest extends LearningUnitContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
