package tw.museum.site.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.MuseumApplication;
import tw.museum.catalog.support.H2TestDatabase;
import tw.museum.catalog.user.StaffRole;
import tw.museum.catalog.user.StaffUserService;

/**
 * The whole museum on a real port, on an in-memory H2 database and a temporary data folder, without
 * the demo collection. Every test class extending this shares one running application.
 */
@SpringBootTest(classes = MuseumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "museum.demo.enabled=false",
                "museum.admin.password=" + MuseumTestBase.ADMIN_PASSWORD,
                "museum.media.max-upload-size=300KB",
                "spring.servlet.multipart.max-file-size=2MB",
                "spring.servlet.multipart.max-request-size=3MB",
                // the link tests' servers run on this machine: loopback is allowed here, as an intranet would be
                "museum.link-check.allowed-networks=127.0.0.1/32"
        })
public abstract class MuseumTestBase {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "staff-test-password";
    public static final String CURATOR = "curator";
    public static final String CONSERVATOR = "conservator";

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffUserService users;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("museum-test-data");
        registry.add("museum.data-dir", dataDir::toString);
        H2TestDatabase.register(registry);
    }

    @BeforeEach
    void staffAccounts() {
        if (!users.exists(CURATOR)) {
            users.create(CURATOR, PASSWORD, "Curator Chen", EnumSet.of(StaffRole.CURATOR));
        }
        if (!users.exists(CONSERVATOR)) {
            users.create(CONSERVATOR, PASSWORD, "Conservator Wang", EnumSet.of(StaffRole.CONSERVATOR));
        }
    }

    protected TestHttp anonymous() {
        return new TestHttp(port, null, null);
    }

    protected TestHttp as(String username) {
        return new TestHttp(port, username, PASSWORD);
    }

    protected TestHttp as(String username, String password) {
        return new TestHttp(port, username, password);
    }

    protected TestHttp asAdmin() {
        return new TestHttp(port, "admin", ADMIN_PASSWORD);
    }
}
