package tw.museum.importer.run;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what a run did, printed at the end. */
public final class ImportSummary {

    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private long agentsCreated;
    private long agentsFailed;

    public synchronized void count(Outcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    synchronized void agentsCreated(long n) {
        agentsCreated += n;
    }

    public synchronized void agentFailed() {
        agentsFailed++;
    }

    public synchronized long get(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public synchronized long processed() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long agentsCreated() {
        return agentsCreated;
    }

    public long agentsFailed() {
        return agentsFailed;
    }

    public synchronized String describe(boolean dryRun, double seconds, CliText text) {
        long done = processed() - get(Outcome.SKIPPED);
        return text.get(dryRun ? "summary.dryRun" : "summary.finished", get(Outcome.CREATED), get(Outcome.UPDATED),
                get(Outcome.UNCHANGED), get(Outcome.FAILED), get(Outcome.SKIPPED), agentsCreated, agentsFailed,
                String.format(java.util.Locale.ROOT, "%.1f", seconds), Math.round(seconds > 0 ? done / seconds : 0.0));
    }
}
