package tw.museum.importer;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import tw.museum.catalog.support.PostgresTestDatabase;

class ImportOnPostgresTest extends ImportContract {

    String url;
    String otherUrl;

    @BeforeEach
    void schema() {
        url = PostgresTestDatabase.urlFor(PostgresTestDatabase.freshSchema());
        otherUrl = PostgresTestDatabase.urlFor(PostgresTestDatabase.freshSchema());
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--db-url", url, "--db-user", PostgresTestDatabase.USER,
                "--db-password=" + PostgresTestDatabase.PASSWORD);
    }

    @Override
    String[] springDatabaseArguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD, "--museum.admin.bootstrap=false",
                "--museum.media.store-dir=" + work.resolve("media"), "--logging.level.root=WARN"};
    }

    @Override
    List<String> otherDatabaseArguments() {
        return List.of("--db-url", otherUrl, "--db-user", PostgresTestDatabase.USER,
                "--db-password=" + PostgresTestDatabase.PASSWORD);
    }

    @Override
    String[] otherSpringDatabaseArguments() {
        return new String[] {"--spring.datasource.url=" + otherUrl, "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD, "--museum.admin.bootstrap=false",
                "--museum.media.store-dir=" + work.resolve("media2"), "--logging.level.root=WARN"};
    }
}
