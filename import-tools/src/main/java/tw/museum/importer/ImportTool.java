package tw.museum.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.museum.importer.run.ImportOptions;
import tw.museum.importer.run.ImportRun;
import tw.museum.importer.run.ImportSummary;
import tw.museum.importer.run.Outcome;
import tw.museum.importer.source.UnreadableSourceException;

/** The command line: {@code java -jar museum-import.jar --help}. */
@Command(name = "museum-import", mixinStandardHelpOptions = true, version = "museum-import 0.1",
        sortOptions = false,
        description = {
                "Imports catalogue records from CSV, JSON Lines or JSON into a museum's database.",
                "",
                "Each record is upserted by object number: new numbers are created, known ones updated, and",
                "records that would not change are left alone, so running an import again is safe. Records",
                "that fail are skipped, the run goes on, and they are written with their reasons (field and",
                "problem code) to an error file in the source's own format: correct it and import it again",
                "with the same mapping. A run killed half-way continues with --resume.",
                "",
                "The mapping file (YAML or JSON) says which column or JSON path fills which field; see",
                "mappings/mplus-objects.yaml inside this tool for a complete example (the M+ open data).",
                "Text files are read as UTF-8 unless they start with a byte-order mark (UTF-8, UTF-16); for",
                "Big5 files set 'encoding: Big5' in the mapping. A file in the wrong encoding is refused.",
                "",
                "The database: --data-dir for a museum on embedded defaults (stop the museum first: the",
                "embedded database is one process's), or --db-url/--db-user/--db-password for PostgreSQL",
                "(the museum may keep running; its search index picks up the imported records).",
                ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record imported (or validated, with --dry-run)", "1:some records failed (see the error file)",
                "2:the source or mapping could not be read; nothing was imported"})
public class ImportTool implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "the file to import (.csv, .jsonl, .json; .gz allowed)")
    Path source;

    @Option(names = {"-m", "--mapping"}, required = true, paramLabel = "FILE",
            description = "the mapping file (.yaml/.yml or .json)")
    Path mapping;

    @Option(names = "--dry-run", description = "check every record against the catalogue's rules and write the"
            + " error file, but change nothing")
    boolean dryRun;

    @Option(names = "--resume", description = "continue a run that was stopped, after the last record it finished")
    boolean resume;

    @Option(names = "--errors", paramLabel = "FILE", description = "where to write failed records"
            + " (default: <name>.errors.<format> in the working folder)")
    Path errorFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the data folder of a museum on embedded defaults")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", description = "the museum's database, e.g."
            + " jdbc:postgresql://host:5432/museum")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "asked for when given without a value")
    String dbPassword;

    @Option(names = "--actor", paramLabel = "NAME", defaultValue = "import",
            description = "the name recorded in every record's history (default: ${DEFAULT-VALUE})")
    String actor;

    private final PrintStream out;

    ImportTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new ImportTool(out));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setOut(new java.io.PrintWriter(out, true));
        return line.execute(args);
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(source)) {
            out.println("No such file: " + source);
            return 2;
        }
        if (!Files.isRegularFile(mapping)) {
            out.println("No such mapping file: " + mapping);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springArguments())) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null, "ROLE_IMPORT"));
            ImportSummary summary = context.getBean(ImportRun.class).run(
                    new ImportOptions(source, mapping, dryRun, resume, errorFile, actor), System.console() != null, out);
            return summary.get(Outcome.FAILED) > 0 ? 1 : 0;
        } catch (UnreadableSourceException e) {
            out.println(e.getMessage());
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String[] springArguments() {
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--museum.admin.bootstrap=false", "--spring.jpa.open-in-view=false"));
        if (dbUrl != null) {
            args.add("--spring.datasource.url=" + dbUrl);
            args.add("--spring.datasource.username=" + (dbUser == null ? "" : dbUser));
            args.add("--spring.datasource.password=" + (dbPassword == null ? "" : dbPassword));
        } else {
            Path dir = dataDir != null ? dataDir : Path.of("data");
            args.add("--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/museum")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            args.add("--spring.datasource.username=museum");
            args.add("--museum.media.store-dir=" + dir.toAbsolutePath().resolve("media"));
        }
        return args.toArray(String[]::new);
    }
}
