package tw.museum.catalog.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.CatalogTestApplication;

/**
 * Base of the catalogue's service and persistence tests. Subclasses choose the database (H2 or the real
 * PostgreSQL); the tests themselves are written once. Changes are made as a signed-in curator.
 */
@SpringBootTest(classes = CatalogTestApplication.class)
public abstract class CatalogTestBase {

    protected static final String CURATOR = "curator.lin";

    @DynamicPropertySource
    static void mediaStore(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("museum-media-test");
        registry.add("museum.media.store-dir", dir::toString);
    }

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(CURATOR, null, "ROLE_CURATOR"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A value unique within this run, so tests sharing a database never collide. */
    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
