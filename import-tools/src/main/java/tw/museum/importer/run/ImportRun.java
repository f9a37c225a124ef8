package tw.museum.importer.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.importer.mapping.MappedArtifact;
import tw.museum.importer.mapping.MappingFiles;
import tw.museum.importer.mapping.MappingSpec;
import tw.museum.importer.mapping.RecordMapper;
import tw.museum.importer.source.SourceReader;
import tw.museum.importer.source.SourceRecord;

/**
 * One import: the authority file first, then every record in order. A bad record is written to the error
 * file with its reasons and the run goes on; records are upserted by object number, so running again is
 * safe; progress is checkpointed, so a killed run resumes where it stopped.
 */
@Component
public class ImportRun {

    private static final int CHECKPOINT_EVERY = 200;

    private final CatalogWriter writer;
    private final AgentLoader agents;

    public ImportRun(CatalogWriter writer, AgentLoader agents) {
        this.writer = writer;
        this.agents = agents;
    }

    public ImportSummary run(ImportOptions options, boolean terminal, PrintStream out) {
        long start = System.nanoTime();
        MappingSpec spec = MappingFiles.read(options.mapping());
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
        Set<String> seen = new HashSet<>();
        try (SourceReader reader = new SourceReader(options.source(), spec.format(), spec.encoding());
             ErrorFile errors = new ErrorFile(options.effectiveErrorFile(spec.format()), spec.format());
             ProgressReporter progress = new ProgressReporter(terminal, out)) {
            long lastFinished = resumeAfter;
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                if (record.number() <= resumeAfter) {
                    summary.count(Outcome.SKIPPED);
                    continue;
                }
                Outcome outcome = importOne(record, mapper, spec, options, seen, errors);
                summary.count(outcome);
                progress.step();
                lastFinished = record.number();
                if (!options.dryRun() && summary.processed() % CHECKPOINT_EVERY == 0) {
                    checkpoint.write(lastFinished);
                }
            }
            if (!options.dryRun()) {
                checkpoint.clear();
            }
            if (errors.count() > 0) {
                out.println("Records that failed, with their reasons: " + errors.path());
            }
        }
        out.println(summary.describe(options.dryRun(), (System.nanoTime() - start) / 1e9));
        return summary;
    }

    private Outcome importOne(SourceRecord record, RecordMapper mapper, MappingSpec spec, ImportOptions options,
                              Set<String> seen, ErrorFile errors) {
        if (record.record() == null) {
            errors.add(record.number(), null, List.of(FieldProblem.of("record", "malformed-record")));
            return Outcome.FAILED;
        }
        MappedArtifact mapped = mapper.map(record.record());
        if (mapped.objectNumber() == null) {
            errors.add(record.number(), record.record(), List.of(FieldProblem.of("objectNumber", "required")));
            return Outcome.FAILED;
        }
        if (!seen.add(mapped.objectNumber())) {
            errors.add(record.number(), record.record(),
                    List.of(FieldProblem.of("objectNumber", "duplicate-in-file", mapped.objectNumber())));
            return Outcome.FAILED;
        }
        try {
            return writer.upsert(mapped, Boolean.TRUE.equals(spec.publish()), options.dryRun());
        } catch (InvalidRecordException e) {
            errors.add(record.number(), record.record(), e.problems());
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            errors.add(record.number(), record.record(), List.of(FieldProblem.of("record", "changed-during-import")));
        }
        return Outcome.FAILED;
    }
}
