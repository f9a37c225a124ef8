package tw.museum.catalog.user;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the {@code admin} account with the password from
 * {@code museum.admin.password} (MUSEUM_ADMIN_PASSWORD), or a generated one printed once. Tools that
 * open the database for other work (the importer) turn it off with {@code museum.admin.bootstrap=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "museum.admin.bootstrap", havingValue = "true", matchIfMissing = true)
public class AdminAccountBootstrap implements ApplicationRunner {

    public static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final StaffUserService users;
    private final String configuredPassword;

    public AdminAccountBootstrap(StaffUserService users, @Value("${museum.admin.password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        users.create(ADMIN, password, "Administrator", EnumSet.allOf(StaffRole.class));
        if (generated) {
            // Printed once, on the start that created the account; it is stored only as a hash.
            log.warn("\n\n    Created staff user 'admin' with generated password: {}\n"
                    + "    Set museum.admin.password (MUSEUM_ADMIN_PASSWORD) to choose it yourself.\n", password);
        } else {
            log.info("Created staff user 'admin' with the configured password");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
