package tw.museum.importer.run;

import java.util.List;
import java.util.TreeMap;

/**
 * Collects the writers' results (from both threads, in any order) into the summary, error file and
 * progress, and moves the checkpoint to the last record before which every batch is done: a batch still
 * being written holds it back, so a resumed run redoes that batch (harmless: upsert) and never skips it.
 */
final class Completion {

    private final ImportSummary summary;
    private final ErrorFile errors;
    private final ProgressReporter progress;
    private final Checkpoint checkpoint;
    private final boolean dryRun;
    /** First record number of each batch started → its last number, or -1 while it is being written. */
    private final TreeMap<Long, Long> batches = new TreeMap<>();
    private long doneUpTo;
    private RuntimeException failure;

    Completion(ImportSummary summary, ErrorFile errors, ProgressReporter progress, Checkpoint checkpoint,
               boolean dryRun, long resumedAfter) {
        this.summary = summary;
        this.errors = errors;
        this.progress = progress;
        this.checkpoint = checkpoint;
        this.dryRun = dryRun;
        this.doneUpTo = resumedAfter;
    }

    synchronized void started(List<ImportRun.Item> batch) {
        batches.put(batch.get(0).number(), -1L);
    }

    synchronized void finished(List<ImportRun.Item> batch, List<Result> results) {
        for (int i = 0; i < batch.size(); i++) {
            Result result = results.get(i);
            summary.count(result.outcome());
            if (result.outcome() == Outcome.FAILED) {
                errors.add(batch.get(i).number(), batch.get(i).raw(), result.problems());
            }
        }
        progress.step(batch.size());
        batches.put(batch.get(0).number(), batch.get(batch.size() - 1).number());
        long before = doneUpTo;
        while (!batches.isEmpty() && batches.firstEntry().getValue() >= 0) {
            doneUpTo = batches.pollFirstEntry().getValue();
        }
        if (!dryRun && doneUpTo != before) {
            errors.flush(); // the reasons for what the checkpoint passes are on disk before it moves
            checkpoint.write(doneUpTo);
        }
    }

    synchronized void failed(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
    }

    synchronized void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
