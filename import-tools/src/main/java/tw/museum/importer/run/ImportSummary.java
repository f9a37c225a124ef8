package tw.museum.importer.run;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what a run did, printed at the end. */
public final class ImportSummary {

    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private long agentsCreated;
    private long agentsFailed;

    void count(Outcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    void agentsCreated(long n) {
        agentsCreated += n;
    }

    void agentFailed() {
        agentsFailed++;
    }

    public long get(Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public long processed() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long agentsCreated() {
        return agentsCreated;
    }

    public long agentsFailed() {
        return agentsFailed;
    }

    public String describe(boolean dryRun, double seconds) {
        long done = processed() - get(Outcome.SKIPPED);
        return String.format("%s: %d created, %d updated, %d unchanged, %d failed, %d skipped (resumed)"
                        + "; people/organisations: %d created, %d failed; %.1f s, %.0f records/s",
                dryRun ? "Dry run (nothing was changed)" : "Import finished",
                get(Outcome.CREATED), get(Outcome.UPDATED), get(Outcome.UNCHANGED), get(Outcome.FAILED),
                get(Outcome.SKIPPED), agentsCreated, agentsFailed, seconds, seconds > 0 ? done / seconds : 0.0);
    }
}
