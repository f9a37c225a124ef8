package tw.museum.catalog.location;

import java.util.UUID;

class StorageLocationMigrationOnH2Test extends StorageLocationMigrationContract {

    private final String name = "m" + UUID.randomUUID().toString().replace("-", "");

    @Override
    String url() {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }

    @Override
    String schema() {
        return "public";
    }
}
