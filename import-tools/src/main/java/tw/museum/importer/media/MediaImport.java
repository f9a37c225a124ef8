package tw.museum.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.importer.api.ApiWriter;
import tw.museum.importer.run.CliText;
import tw.museum.importer.run.ErrorFile;
import tw.museum.importer.run.ImportOptions;
import tw.museum.importer.run.ImportSummary;
import tw.museum.importer.run.Outcome;
import tw.museum.importer.run.ProgressReporter;

/**
 * Attaches a folder of images or documents to artifacts by the object numbers in the file names
 * ({@link FileNames}). The folder is walked as a stream (never listed whole into memory); files go to
 * two writer threads, each artifact's files always to the same one (so its media order is never raced);
 * each file is read twice as a stream, once for its checksum (a file already attached is left alone, so a
 * stopped run is simply run again) and once by Tika for its metadata. A corrupt or unmatched file goes to
 * the error file with the reason, and the run goes on.
 */
@Component
public class MediaImport {

    private final MediaTarget target;
    private final FileMetadataReader metadata = new FileMetadataReader();

    @Autowired
    public MediaImport(CatalogMediaTarget target) {
        this((MediaTarget) target);
    }

    MediaImport(MediaTarget target) {
        this.target = target;
    }

    public static MediaImport standalone(ApiWriter api) {
        return new MediaImport(new ApiMediaTarget(api.api()));
    }

    public ImportSummary run(ImportOptions options, boolean documents, boolean terminal, PrintStream out, CliText text) {
        long start = System.nanoTime();
        ImportSummary summary = new ImportSummary();
        Path errorPath = options.errorFile() != null ? options.errorFile()
                : Path.of(options.source().toAbsolutePath().getFileName() + ".errors.jsonl");
        int writers = options.writers();
        ExecutorService[] lanes = new ExecutorService[writers];
        for (int i = 0; i < writers; i++) {
            lanes[i] = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor());
        }
        Semaphore inFlight = new Semaphore(writers * 4);
        JsonMapper json = JsonMapper.builder().build();
        try (ErrorFile errors = new ErrorFile(errorPath, "jsonl");
             ProgressReporter progress = new ProgressReporter(terminal, out, text, -1);
             Stream<Path> files = Files.walk(options.source())) {
            java.util.List<Future<?>> pending = new java.util.ArrayList<>();
            long[] number = {0};
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.toAbsolutePath().equals(errorPath.toAbsolutePath()))
                    .forEach(file -> {
                        long n = ++number[0];
                        Optional<FileNames.Candidate> match = match(file);
                        String lane = match.map(FileNames.Candidate::objectNumber).orElse(file.toString());
                        try {
                            inFlight.acquire();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        pending.add(lanes[Math.floorMod(lane.hashCode(), writers)].submit(() -> {
                            try {
                                Outcome outcome;
                                List<FieldProblem> problems = List.of();
                                try {
                                    outcome = match.isEmpty() ? fail("no-matching-artifact")
                                            : attach(file, match.get(), options.dryRun());
                                } catch (InvalidRecordException e) {
                                    outcome = Outcome.FAILED;
                                    problems = e.problems();
                                }
                                if (outcome == Outcome.FAILED && problems.isEmpty()) {
                                    problems = List.of(FieldProblem.of("file", "no-matching-artifact"));
                                }
                                record(summary, errors, json, n, file, outcome, problems, progress);
                            } finally {
                                inFlight.release();
                            }
                        }));
                        pending.removeIf(Future::isDone);
                    });
            for (Future<?> f : pending) {
                f.get();
            }
            if (errors.count() > 0) {
                out.println(text.get("run.errorsWritten", errors.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            for (ExecutorService lane : lanes) {
                lane.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long done = summary.get(Outcome.CREATED) + summary.get(Outcome.UNCHANGED) + summary.get(Outcome.FAILED);
        out.println(text.get("media.finished", summary.get(Outcome.CREATED), summary.get(Outcome.UNCHANGED),
                summary.get(Outcome.FAILED), String.format(java.util.Locale.ROOT, "%.1f", seconds),
                Math.round(seconds > 0 ? done / seconds : 0)));
        return summary;
    }

    private static Outcome fail(String code) {
        throw new InvalidRecordException(FieldProblem.of("file", code));
    }

    private static void record(ImportSummary summary, ErrorFile errors, JsonMapper json, long n, Path file,
                               Outcome outcome, List<FieldProblem> problems, ProgressReporter progress) {
        synchronized (errors) {
            summary.count(outcome);
            progress.step(1);
            if (outcome == Outcome.FAILED) {
                ObjectNode row = json.createObjectNode();
                row.put("file", file.toString());
                errors.add(n, row, problems);
            }
        }
    }

    private Optional<FileNames.Candidate> match(Path file) {
        return FileNames.candidates(file.getFileName().toString()).stream()
                .filter(c -> target.exists(c.objectNumber())).findFirst();
    }

    private Outcome attach(Path file, FileNames.Candidate match, boolean dryRun) {
        String sha256 = sha256(file);
        List<MediaTarget.Existing> existing = target.media(match.objectNumber());
        if (existing.stream().anyMatch(e -> e.sha256().equals(sha256))) {
            return Outcome.UNCHANGED;
        }
        MediaMetadata read = metadata.read(file);
        // placed among the files already attached by the order their names give, whatever order they arrive in
        int position = (int) existing.stream()
                .filter(e -> FileNames.order(e.filename(), match.objectNumber()) <= match.order()).count();
        if (!dryRun) {
            target.attach(match.objectNumber(), file, file.getFileName().toString(), position, match.order() == 1, read);
        }
        return Outcome.CREATED;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
