package tw.museum.importer.run;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.importer.mapping.MappedArtifact;

/**
 * Writes mapped records into the catalogue through its services (so every rule, the audit trail and the
 * change feed apply), a batch of records per transaction: one commit for many records is what makes an
 * import fast. Upsert by object number; a record that would not change is not written at all, so its
 * version and history stay as they were. If any record of a batch fails, the batch is rolled back and
 * its records are written again one per transaction, so one bad record costs only itself. In a dry run
 * every transaction is rolled back after all the catalogue's checks have run.
 */
@Component
public class CatalogWriter implements RecordWriter {

    private final ArtifactService artifacts;
    private final Authorities authorities;
    private final RecordData records;
    private final TransactionTemplate transaction;
    private final EntityManager entities;

    public CatalogWriter(ArtifactService artifacts, Authorities authorities, TransactionTemplate transaction,
                         EntityManager entities) {
        this.artifacts = artifacts;
        this.authorities = authorities;
        this.records = new RecordData(authorities);
        this.transaction = transaction;
        this.entities = entities;
    }

    @Override
    public List<List<FieldProblem>> prepare(List<MappedArtifact> batch) {
        List<List<FieldProblem>> problems = new ArrayList<>();
        batch.forEach(r -> problems.add(List.of()));
        try {
            authorities.preparing(() -> batch.forEach(records::prepare));
        } catch (RuntimeException e) {
            // something the batch names cannot be created: find which record, one transaction each
            for (int i = 0; i < batch.size(); i++) {
                MappedArtifact record = batch.get(i);
                try {
                    authorities.preparing(() -> records.prepare(record));
                } catch (InvalidRecordException invalid) {
                    problems.set(i, invalid.problems());
                }
            }
        }
        return problems;
    }

    @Override
    public List<Result> write(List<MappedArtifact> batch, boolean publish, boolean dryRun) {
        try {
            return transaction.execute(status -> {
                List<Result> results = new ArrayList<>();
                for (MappedArtifact record : batch) {
                    results.add(Result.of(upsert(record, publish, dryRun)));
                    // Written: let go of its entities, or every later flush of the batch would dirty-check
                    // all earlier records again (a batch would cost the square of its size).
                    entities.flush();
                    entities.clear();
                }
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return results;
            });
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                List<Result> results = new ArrayList<>();
                for (MappedArtifact record : batch) {
                    results.addAll(write(List.of(record), publish, dryRun));
                }
                return results;
            }
            return List.of(failure(e));
        }
    }

    static Result failure(RuntimeException e) {
        if (e instanceof InvalidRecordException invalid) {
            return Result.failed(invalid.problems());
        }
        if (e instanceof StaleVersionException || e instanceof ObjectOptimisticLockingFailureException
                || e instanceof DataIntegrityViolationException) {
            // another writer (a person, a second import) changed or created the record meanwhile
            return Result.failed(List.of(FieldProblem.of("record", "changed-during-import")));
        }
        throw e;
    }

    private Outcome upsert(MappedArtifact record, boolean publish, boolean dryRun) {
        if (!artifacts.exists(record.objectNumber())) {
            artifacts.create(records.data(record, null, dryRun), publish ? ArtifactStatus.PUBLISHED : ArtifactStatus.DRAFT);
            return Outcome.CREATED;
        }
        ArtifactView before = artifacts.get(record.objectNumber());
        ArtifactData wanted = records.data(record, before, dryRun);
        Outcome outcome = Outcome.UNCHANGED;
        if (!RecordData.same(ArtifactData.of(before), wanted)) {
            artifacts.update(record.objectNumber(), wanted);
            outcome = Outcome.UPDATED;
        }
        if (publish && before.status() != ArtifactStatus.PUBLISHED) {
            artifacts.publish(record.objectNumber(), null);
            outcome = Outcome.UPDATED;
        }
        return outcome;
    }

}
