package tw.museum.catalog.location;

import tw.museum.catalog.support.PostgresTestDatabase;

class StorageLocationMigrationOnPostgresTest extends StorageLocationMigrationContract {

    private final String schema = PostgresTestDatabase.freshSchema();

    @Override
    String url() {
        return PostgresTestDatabase.urlFor(schema);
    }

    @Override
    String user() {
        return PostgresTestDatabase.USER;
    }

    @Override
    String password() {
        return PostgresTestDatabase.PASSWORD;
    }

    @Override
    String schema() {
        return schema;
    }
}
