package tw.museum.catalog.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V11 takes the free-text storage locations of a catalogue made by earlier versions into the location
 * authority without losing a character: migrated from version 10 with real rows, on H2 and PostgreSQL.
 */
abstract class StorageLocationMigrationContract {

    abstract String url();

    abstract String user();

    abstract String password();

    abstract String schema();

    @Test
    void freeTextStorageLocationsBecomeLocationsWithAMovementEach() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(ds).schemas(schema()).target("10").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            insert(jdbc, 1, "A-1", "庫房 A-03");
            insert(jdbc, 2, "A-2", "庫房 A-03");
            insert(jdbc, 3, "A-3", "Storeroom B12, drawer 4");
            insert(jdbc, 4, "A-4", null);
            Flyway.configure().dataSource(ds).schemas(schema()).load().migrate();

            List<Map<String, Object>> legacy = jdbc.queryForList(
                    "SELECT code, name_zh, kind, depth, path FROM location WHERE code LIKE 'LEGACY-%' ORDER BY code");
            assertThat(legacy).extracting(r -> r.get("name_zh")).containsExactly("Storeroom B12, drawer 4", "庫房 A-03");
            assertThat(legacy).extracting(r -> r.get("kind")).containsOnly("OTHER");
            Long root = jdbc.queryForObject("SELECT id FROM location WHERE code = 'LEGACY'", Long.class);
            assertThat(legacy).allSatisfy(r -> assertThat((String) r.get("path")).startsWith("/" + root + "/")
                    .endsWith("/").hasSizeGreaterThan(("/" + root + "/").length()));

            assertThat(jdbc.queryForList("SELECT a.object_number, l.name_zh FROM artifact_location al"
                    + " JOIN artifact a ON a.id = al.artifact_id JOIN location l ON l.id = al.current_location_id"
                    + " WHERE al.home_location_id = al.current_location_id ORDER BY a.object_number"))
                    .extracting(r -> r.get("object_number") + "=" + r.get("name_zh"))
                    .containsExactly("A-1=庫房 A-03", "A-2=庫房 A-03", "A-3=Storeroom B12, drawer 4");
            assertThat(jdbc.queryForList("SELECT reason, note FROM movement WHERE artifact_id = 3"))
                    .singleElement().satisfies(m -> {
                        assertThat(m.get("reason")).isEqualTo("MIGRATED");
                        assertThat(m.get("note")).isEqualTo("Storeroom B12, drawer 4");
                    });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM artifact_location WHERE artifact_id = 4", Integer.class)).isZero();
            // the text itself stays on the record, as the storage note
            assertThat(jdbc.queryForObject("SELECT storage_location FROM artifact WHERE id = 3", String.class))
                    .isEqualTo("Storeroom B12, drawer 4");
        }
    }

    private static void insert(JdbcTemplate jdbc, long id, String number, String storage) {
        jdbc.update("INSERT INTO artifact (id, object_number, title_zh, status, storage_location, created_at, created_by,"
                + " updated_at, updated_by, version) VALUES (?, ?, '舊紀錄', 'DRAFT', ?, CURRENT_TIMESTAMP, 'import',"
                + " CURRENT_TIMESTAMP, 'import', 0)", id, number, storage);
    }
}
