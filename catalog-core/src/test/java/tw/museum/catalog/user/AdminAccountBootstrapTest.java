package tw.museum.catalog.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.H2TestDatabase;

/** The first start creates 'admin' with a configured or generated password; later starts leave it alone. */
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountBootstrapTest extends CatalogTestBase {

    @Autowired StaffUserRepository repository;
    @Autowired StaffUserService users;
    @Autowired PasswordEncoder passwordEncoder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry);
    }

    @Test
    void generatesAPasswordPrintsItOnceAndStoresOnlyItsHash(CapturedOutput output) {
        repository.findByUsername(AdminAccountBootstrap.ADMIN).ifPresent(repository::delete);
        int before = output.getAll().length();
        new AdminAccountBootstrap(users, "").run(new DefaultApplicationArguments());

        // only what this run printed (the test context's own start printed a password too)
        Matcher m = Pattern.compile("generated password: (\\S+)").matcher(output.getAll().substring(before));
        assertThat(m.find()).isTrue();
        StaffUser admin = repository.findByUsername(AdminAccountBootstrap.ADMIN).orElseThrow();
        assertThat(passwordEncoder.matches(m.group(1), admin.getPasswordHash())).isTrue();
        assertThat(admin.getPasswordHash()).doesNotContain(m.group(1));
        assertThat(admin.getRoles()).isEqualTo(EnumSet.allOf(StaffRole.class));

        int printed = output.getAll().split("generated password", -1).length;
        new AdminAccountBootstrap(users, "another-password").run(new DefaultApplicationArguments());
        assertThat(output.getAll().split("generated password", -1).length).isEqualTo(printed);
        assertThat(passwordEncoder.matches(m.group(1), repository.findByUsername("admin").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void usesTheConfiguredPassword() {
        repository.findByUsername(AdminAccountBootstrap.ADMIN).ifPresent(repository::delete);
        new AdminAccountBootstrap(users, "configured-secret-1").run(new DefaultApplicationArguments());
        assertThat(passwordEncoder.matches("configured-secret-1",
                repository.findByUsername(AdminAccountBootstrap.ADMIN).orElseThrow().getPasswordHash())).isTrue();
    }
}
