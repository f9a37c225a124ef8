package tw.museum.site.healthcheck;

import tw.museum.site.support.TestMailServer;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.MuseumTestBase;

/**
 * The museum sending its mail to the in-process SMTP server. The health-check test classes share this one
 * application (their context is the same), so it starts once.
 */
abstract class HealthCheckTestBase extends MuseumTestBase {

    static final String REGISTRAR = "registrar-hc";
    /** Personal data carries these markers, so a leak anywhere public is found by a plain search. */
    static final String NAME_MARKER = "NAMEMARK-7Q";
    static final String PHONE_MARKER = "0912-PHONEMARK";
    static final String ADDRESS_MARKER = "ADDRMARK-臺中市";

    @DynamicPropertySource
    static void mailAndThrottle(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        // the outbox delivers quickly and retries soon, so tests see mail within a second or two
        registry.add("museum.mail.outbox.poll-interval", () -> "200ms");
        registry.add("museum.mail.outbox.backoff", () -> "PT0.2S");
        registry.add("museum.mail.outbox.max-backoff", () -> "PT1S");
        registry.add("museum.health-check.access.max-failures-per-case", () -> "3");
        // all test requests come from one address: the per-client limit is tested in the contract tests
        registry.add("museum.health-check.access.max-failures-per-client", () -> "1000");
    }

    @Autowired
    protected HealthCheckService service;

    @BeforeEach
    void registrar() {
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar", EnumSet.of(StaffRole.REGISTRAR));
        }
    }

    static String email() {
        return "req-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
