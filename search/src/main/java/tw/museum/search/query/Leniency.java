package tw.museum.search.query;

import java.util.Map;
import java.util.Set;

/**
 * How a typo-tolerant retry treats the query: which clauses (by index) matched nothing and are matched by edit
 * distance instead, and the spelling the index offers for some of them, searched as well. {@link #NONE}: exact.
 */
public record Leniency(Set<Integer> approximateClauses, Map<Integer, String> corrections) {
    public static final Leniency NONE = new Leniency(Set.of(), Map.of());

    public Leniency {
        approximateClauses = Set.copyOf(approximateClauses);
        corrections = Map.copyOf(corrections);
    }

    public boolean exact() {
        return approximateClauses.isEmpty();
    }

    public boolean approximate(int clause) {
        return approximateClauses.contains(clause);
    }
}
