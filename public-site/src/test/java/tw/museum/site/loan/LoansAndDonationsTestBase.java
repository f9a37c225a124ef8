package tw.museum.site.loan;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.support.MutableClockConfiguration;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestMailServer;

/**
 * The museum with a clock the test moves and its mail going to the in-process SMTP server. The loan and
 * donation test classes share this one application.
 */
@Import(MutableClockConfiguration.class)
public abstract class LoansAndDonationsTestBase extends MuseumTestBase {

    public static final String REGISTRAR = "registrar";
    /** Personal data and insurance values carry these markers, so a leak anywhere public is found by a plain search. */
    public static final String CONTACT_MARKER = "CONTACTMARK-9Z";
    public static final String DONOR_MARKER = "DONORMARK-4K";
    public static final String INSURANCE_MARKER = "7654321";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("museum.mail.outbox.poll-interval", () -> "200ms");
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected ArtifactService artifacts;

    @BeforeEach
    void registrar() {
        if (!users.exists(REGISTRAR)) {
            users.create(REGISTRAR, PASSWORD, "Registrar Lee", EnumSet.of(StaffRole.REGISTRAR));
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A published record, made as the system (no request is signed in here). */
    protected String published(String titleZh) {
        String number = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        artifacts.create(new ArtifactData(number, Bilingual.of(titleZh, "Object " + number), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                ArtifactStatus.PUBLISHED);
        return number;
    }

    protected static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    protected static List<String> texts(String address, int atLeast) {
        return TestMailServer.to(address, atLeast).stream().map(TestMailServer::text).toList();
    }
}
