package tw.museum.importer;

import java.util.List;

class ImportOnH2Test extends ImportContract {

    @Override
    List<String> databaseArguments() {
        return List.of("--data-dir", work.resolve("museum").toString());
    }

    @Override
    String[] springDatabaseArguments() {
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + work.resolve("museum/db/museum")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=museum", "--museum.admin.bootstrap=false",
                "--museum.media.store-dir=" + work.resolve("museum/media"), "--logging.level.root=WARN"};
    }

    @Override
    List<String> otherDatabaseArguments() {
        return List.of("--data-dir", work.resolve("museum2").toString());
    }

    @Override
    String[] otherSpringDatabaseArguments() {
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + work.resolve("museum2/db/museum")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=museum", "--museum.admin.bootstrap=false",
                "--museum.media.store-dir=" + work.resolve("museum2/media"), "--logging.level.root=WARN"};
    }
}
