package tw.museum.importer.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.importer.ImportTool;
import tw.museum.catalog.support.PostgresTestDatabase;

/**
 * Imports the whole M+ collection (12,068 records, 1,886 people and organisations) with the shipped mapping
 * into a fresh H2 database and a fresh PostgreSQL schema, as the command line does, then once more (every
 * record unchanged), and checks the audit trail and change feed: one entry per record.
 *
 * <pre>
 * # from the root, in the reactor (-am), so sibling modules come from their target/classes
 * ./mvnw -q -o -pl import-tools -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp import-tools/target/test-classes:import-tools/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.importer.bench.ImportBenchmark [h2|postgres|both] [writers] [batch-size]
 * </pre>
 */
public final class ImportBenchmark {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) failed"
            + ".*; ([\\d.]+) s, (\\d+) records/s");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        String writers = args.length > 1 ? args[1] : "2";
        String batch = args.length > 2 ? args[2] : "100";
        Path objects = find("objects.jsonl.gz");
        Path mapping = Path.of("import-tools/mappings/mplus-objects.yaml").toAbsolutePath();
        System.out.printf("source %s, writers %s, batch %s, %d cores%n", objects, writers, batch,
                Runtime.getRuntime().availableProcessors());
        if (!which.equals("postgres")) {
            Path dir = Files.createTempDirectory("import-bench-h2");
            String url = "jdbc:h2:file:" + dir.resolve("db/museum") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            measure("H2", objects, mapping, List.of("--data-dir", dir.toString()), writers, batch,
                    () -> DriverManager.getConnection(url, "museum", ""));
        }
        if (!which.equals("h2")) {
            String schema = PostgresTestDatabase.freshSchema();
            String url = PostgresTestDatabase.urlFor(schema);
            measure("PostgreSQL", objects, mapping, List.of("--db-url", url, "--db-user", PostgresTestDatabase.USER,
                    "--db-password=" + PostgresTestDatabase.PASSWORD), writers, batch,
                    () -> DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD));
        }
    }

    interface Connect {
        Connection open() throws Exception;
    }

    private static void measure(String name, Path objects, Path mapping, List<String> database, String writers,
                                String batch, Connect connect) throws Exception {
        for (String run : List.of("first import", "again (unchanged)")) {
            List<String> args = new ArrayList<>(List.of(objects.toString(), "-m", mapping.toString(), "--lang=en",
                    "--writers", writers, "--batch-size", batch, "--errors",
                    Files.createTempFile("bench", ".errors.jsonl").toString()));
            args.addAll(database);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int code = ImportTool.execute(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                    System.err);
            double wall = (System.nanoTime() - start) / 1e9;
            String output = bytes.toString(StandardCharsets.UTF_8);
            Matcher m = SUMMARY.matcher(output);
            if (code != 0 || !m.find()) {
                throw new IllegalStateException(name + " " + run + " failed (" + code + "):\n" + output);
            }
            System.out.printf("%-10s %-18s created %s updated %s unchanged %s failed %s | import %s s (%s records/s,"
                            + " people first) | wall with start-up %.1f s%n", name, run, m.group(1), m.group(2), m.group(3),
                    m.group(4), m.group(5), m.group(6), wall);
        }
        try (Connection c = connect.open()) {
            System.out.printf("%-10s audit entries for artifacts: %d, change feed rows: %d, artifacts: %d%n", name,
                    count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'artifact'"),
                    count(c, "SELECT COUNT(*) FROM catalog_change"), count(c, "SELECT COUNT(*) FROM artifact"));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("data/mplus").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data/mplus is missing");
    }
}
