package tw.museum.site.staff;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.user.StaffRole;
import tw.museum.catalog.user.StaffUserService;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * The whole application on a random port, with an in-memory H2 database (PostgreSQL mode), no demo
 * collection and its data folder in a temporary directory. Each test class gets its own application
 * (closed before its temporary directory is removed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class StaffTestSupport {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "staff-test-admin-password";
    public static final String CONSERVATOR = "conny";
    public static final String CONSERVATOR_PASSWORD = "staff-test-conservator";
    public static final Locale ZH = Locale.TRADITIONAL_CHINESE;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String database = "staff" + UUID.randomUUID().toString().replace("-", "");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("museum.data-dir", () -> dataDir.toString());
        registry.add("museum.demo.enabled", () -> "false");
        registry.add("museum.admin.password", () -> ADMIN_PASSWORD);
        registry.add("spring.thymeleaf.cache", () -> "true");
    }

    @Autowired
    protected TermService terms;
    @Autowired
    protected StaffUserService users;
    @Autowired
    protected MessageSource messages;

    /** A few terms to pick from and a conservator account; safe to call before every test. */
    protected void seed() {
        term(Vocabulary.CLASSIFICATION, "instruments", "科學儀器", "Scientific instruments");
        term(Vocabulary.OBJECT_NAME, "telescope", "望遠鏡", "Telescope");
        term(Vocabulary.MATERIAL, "brass", "黃銅", "Brass");
        term(Vocabulary.MATERIAL, "glass", "玻璃", "Glass");
        if (!users.exists(CONSERVATOR)) {
            users.create(CONSERVATOR, CONSERVATOR_PASSWORD, "Conservator", EnumSet.of(StaffRole.CONSERVATOR));
        }
    }

    private void term(Vocabulary vocabulary, String code, String zh, String en) {
        if (terms.list(vocabulary).stream().noneMatch(t -> t.code().equals(code))) {
            terms.create(vocabulary, new TermData(code, Bilingual.of(zh, en), null, null, null));
        }
    }

    protected String message(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }
}
