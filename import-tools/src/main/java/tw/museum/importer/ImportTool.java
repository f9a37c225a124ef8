package tw.museum.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tw.museum.importer.api.ApiWriter;
import tw.museum.importer.mapping.MappingSpec;
import tw.museum.importer.media.MediaImport;
import tw.museum.importer.run.CliText;
import tw.museum.importer.run.ImportOptions;
import tw.museum.importer.run.ImportRun;
import tw.museum.importer.run.ImportSummary;
import tw.museum.importer.run.Outcome;
import tw.museum.importer.source.UnreadableSourceException;

/**
 * The command line: {@code java -jar museum-import-exec.jar --help}. Every text it shows comes from the
 * bundle {@code i18n/import} ({@code --lang en} or the system locale picks the language).
 */
@Command(name = "museum-import", mixinStandardHelpOptions = true, version = "museum-import 0.2", sortOptions = false,
        usageHelpWidth = 110)
public class ImportTool implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", descriptionKey = "source")
    Path source;

    @Option(names = {"-m", "--mapping"}, paramLabel = "FILE")
    Path mapping;

    @Option(names = "--images")
    boolean images;

    @Option(names = "--documents")
    boolean documents;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--resume")
    boolean resume;

    @Option(names = "--errors", paramLabel = "FILE")
    Path errorFile;

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true)
    String dbPassword;

    @Option(names = "--api", paramLabel = "URL")
    String api;

    @Option(names = "--user", paramLabel = "USER")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true)
    String password;

    @Option(names = "--actor", paramLabel = "NAME", defaultValue = "import")
    String actor;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "2")
    int writers;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100")
    int batchSize;

    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    private final PrintStream out;
    private final CliText text;

    ImportTool(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CliText text = new CliText(CliText.locale(langArgument(args)));
        CommandLine line = new CommandLine(new ImportTool(out, text));
        line.setResourceBundle(text.bundle());
        line.setErr(new java.io.PrintWriter(err, true));
        line.setOut(new java.io.PrintWriter(out, true));
        return line.execute(args);
    }

    /** --lang is needed before the command line is parsed: the help is in that language. */
    private static String langArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        boolean folder = images || documents;
        if (folder ? !Files.isDirectory(source) : !Files.isRegularFile(source)) {
            out.println(text.get(folder ? "error.noSuchFolder" : "error.noSuchFile", source));
            return 2;
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            out.println(text.get("error.noSuchMapping", mapping));
            return 2;
        }
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (!folder && mapping == null && !name.endsWith(".xml")) {
            out.println(text.get("error.mappingRequired", source.getFileName()));
            return 2;
        }
        if (api != null && (dbUrl != null || dataDir != null)) {
            out.println(text.get("error.sourceOrApi"));
            return 2;
        }
        if (api != null && (user == null || password == null)) {
            out.println(text.get("error.apiUser"));
            return 2;
        }
        ImportOptions options = new ImportOptions(source, mapping, dryRun, resume, errorFile, actor, text.locale(),
                writers, batchSize);
        boolean terminal = System.console() != null;
        try {
            // the mapping is checked before anything starts: a typo is reported at once
            MappingSpec spec = folder ? null : ImportRun.spec(options);
            if (api != null) {
                ApiWriter writer = new ApiWriter(api, user, password);
                if (folder) {
                    return exitCode(MediaImport.standalone(writer).run(options, documents, terminal, out, text));
                }
                return exitCode(new ImportRun(null, null).run(options, spec, writer,
                        new tw.museum.importer.api.ApiAgentLoader(writer.api()), terminal, out, text));
            }
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run(springArguments())) {
                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null, "ROLE_IMPORT"));
                if (folder) {
                    return exitCode(context.getBean(MediaImport.class).run(options, documents, terminal, out, text));
                }
                return exitCode(context.getBean(ImportRun.class).run(options, spec, terminal, out));
            }
        } catch (UnreadableSourceException e) {
            out.println(text.format(e.text()));
            return 2;
        } catch (tw.museum.importer.api.ApiException e) {
            out.println(text.get("error.api", api, e.status(), e.url()));
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static int exitCode(ImportSummary summary) {
        return summary.get(Outcome.FAILED) > 0 ? 1 : 0;
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
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    // a commit is on disk when the checkpoint passes it: H2 otherwise writes commits up to
                    // half a second late, and a killed import would resume after records it never stored
                    + ";WRITE_DELAY=0");
            args.add("--spring.datasource.username=museum");
            args.add("--museum.media.store-dir=" + dir.toAbsolutePath().resolve("media"));
        }
        return args.toArray(String[]::new);
    }
}
