package tw.museum.catalog.linkcheck;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.support.H2TestDatabase;

class LinkCheckOnH2Test extends LinkCheckContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry);
    }
}
