package tw.museum.catalog.learning;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.support.H2TestDatabase;

class LearningUnitOnH2Test extends LearningUnitContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry);
    }
}
