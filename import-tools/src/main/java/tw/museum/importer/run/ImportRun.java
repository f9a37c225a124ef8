package tw.museum.importer.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.importer.mapping.MappedArtifact;
import tw.museum.importer.mapping.MappingSpec;
import tw.museum.importer.mapping.RecordMapper;
import tw.museum.importer.source.SourceReader;
import tw.museum.importer.source.SourceRecord;

/**
 * One import: the authority file first, then the records. The reading thread maps and checks each record
 * and hands batches to two writers (both cores: one maps while the database writes); results come back
 * in any order, and the checkpoint only ever moves past batches that are completely done, so a killed run
 * resumes without losing or doubling a record. A bad record is written to the error file with its reasons
 * and the run goes on; records are upserted by object number, so running again is safe.
 */
@Component
public class ImportRun {

    private final CatalogWriter catalogWriter;
    private final AgentLoader agents;

    public ImportRun(CatalogWriter catalogWriter, AgentLoader agents) {
        this.catalogWriter = catalogWriter;
        this.agents = agents;
    }

    public ImportSummary run(ImportOptions options, MappingSpec spec, boolean terminal, PrintStream out) {
        return run(options, spec, catalogWriter, agents, terminal, out, new CliText(options.locale()));
    }

    public static MappingSpec spec(ImportOptions options) {
        return options.mapping() == null
                ? tw.museum.importer.mapping.MappingFiles.builtIn(tw.museum.importer.mapping.MappingFiles.LIDO)
                : tw.museum.importer.mapping.MappingFiles.read(options.mapping());
    }

    public ImportSummary run(ImportOptions options, MappingSpec spec, RecordWriter writer, AgentFileLoader agents,
                             boolean terminal, PrintStream out, CliText text) {
        long start = System.nanoTime();
        ImportSummary summary = new ImportSummary();
        if (spec.agents() != null && spec.agents().file() != null) {
            Path agentFile = options.mapping().resolveSibling(spec.agents().file());
            if (!agentFile.toFile().exists()) {
                agentFile = options.source().resolveSibling(spec.agents().file());
            }
            summary.agentsCreated(agents.load(agentFile, spec, options.dryRun(), summary));
        }
        RecordMapper mapper = new RecordMapper(spec);
        Checkpoint checkpoint = new Checkpoint(options.checkpointFile());
        long resumeAfter = options.resume() ? checkpoint.read() : 0;
        String format = SourceFormats.of(options.source(), spec);
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(options.writers()));
        try (SourceReader reader = new SourceReader(options.source(), format, spec.encoding(), spec.sheet());
             ErrorFile errors = new ErrorFile(options.effectiveErrorFile(format), format);
             ProgressReporter progress = new ProgressReporter(terminal, out, text, total(terminal, options, format, resumeAfter))) {
            Completion completion = new Completion(summary, errors, progress, checkpoint, options.dryRun(), resumeAfter);
            Semaphore inFlight = new Semaphore(options.writers() * 2); // bounded: the reader never runs far ahead
            List<Future<?>> running = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<Item> batch = new ArrayList<>();
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                Item item = item(record, mapper, seen);
                if (record.number() <= resumeAfter) {
                    summary.count(Outcome.SKIPPED); // done before the run was stopped; its number is still taken
                    continue;
                }
                batch.add(item);
                if (batch.size() == options.batchSize()) {
                    running.add(submit(pool, inFlight, batch, writer, spec, options, completion));
                    batch = new ArrayList<>();
                }
                running.removeIf(Future::isDone);
                completion.rethrow(); // a writer hit something no record causes (the database or museum is gone): stop
            }
            if (!batch.isEmpty()) {
                running.add(submit(pool, inFlight, batch, writer, spec, options, completion));
            }
            for (Future<?> f : running) {
                f.get();
            }
            completion.rethrow();
            if (!options.dryRun()) {
                checkpoint.clear();
            }
            if (errors.count() > 0) {
                out.println(text.get("run.errorsWritten", errors.path()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.println(summary.describe(options.dryRun(), (System.nanoTime() - start) / 1e9, text));
        return summary;
    }

    private static long total(boolean terminal, ImportOptions options, String format, long resumeAfter) {
        long records = terminal ? SourceSize.records(options.source(), format) : -1;
        return records < 0 ? -1 : Math.max(0, records - resumeAfter);
    }

    /** A record read and mapped, or the reasons it cannot be written at all. */
    record Item(long number, tools.jackson.databind.JsonNode raw, MappedArtifact mapped, List<FieldProblem> problems) {
    }

    private static Item item(SourceRecord record, RecordMapper mapper, Set<String> seen) {
        if (record.record() == null) {
            return new Item(record.number(), null, null, List.of(FieldProblem.of("record", "malformed-record")));
        }
        MappedArtifact mapped = mapper.map(record.record());
        if (mapped.objectNumber() == null) {
            return new Item(record.number(), record.record(), null, List.of(FieldProblem.of("objectNumber", "required")));
        }
        if (!seen.add(mapped.objectNumber())) {
            return new Item(record.number(), record.record(), null,
                    List.of(FieldProblem.of("objectNumber", "duplicate-in-file", mapped.objectNumber())));
        }
        return new Item(record.number(), record.record(), mapped, List.of());
    }

    /** Resolves the batch's terms, makers and places in the reading thread (see {@link RecordWriter#prepare}). */
    private static List<Item> prepared(List<Item> batch, RecordWriter writer, boolean dryRun) {
        List<Item> valid = batch.stream().filter(i -> i.mapped() != null).toList();
        if (dryRun || valid.isEmpty()) {
            return batch;
        }
        List<List<FieldProblem>> problems = writer.prepare(valid.stream().map(Item::mapped).toList());
        List<Item> out = new ArrayList<>();
        int next = 0;
        for (Item item : batch) {
            List<FieldProblem> p = item.mapped() == null ? List.of() : problems.get(next++);
            out.add(p.isEmpty() ? item : new Item(item.number(), item.raw(), null, p));
        }
        return out;
    }

    private static Future<?> submit(ExecutorService pool, Semaphore inFlight, List<Item> batch, RecordWriter writer,
                                    MappingSpec spec, ImportOptions options, Completion completion)
            throws InterruptedException {
        List<Item> items = prepared(batch, writer, options.dryRun());
        inFlight.acquire();
        completion.started(items);
        return pool.submit(() -> {
            try {
                List<MappedArtifact> valid = items.stream().filter(i -> i.mapped() != null).map(Item::mapped).toList();
                List<Result> written = valid.isEmpty() ? List.of()
                        : writer.write(valid, Boolean.TRUE.equals(spec.publish()), options.dryRun());
                List<Result> results = new ArrayList<>();
                int next = 0;
                for (Item item : items) {
                    results.add(item.mapped() == null ? Result.failed(item.problems()) : written.get(next++));
                }
                completion.finished(items, results);
            } catch (RuntimeException e) {
                completion.failed(e);
                throw e;
            } finally {
                inFlight.release();
            }
        });
    }
}
