package tw.museum.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a typo-tolerant retry treats the query: which clauses (by index) matched nothing, and for some of them the
 * clause as the index spells it, best spelling first (each unknown word replaced by one of the words the spelling
 * check offered), searched instead. {@link #NONE}: exact.
 */
public record Leniency(Set<Integer> approximateClauses, Map<Integer, List<String>> spellings) {
    public static final Leniency NONE = new Leniency(Set.of(), Map.of());

    public Leniency {
        approximateClauses = Set.copyOf(approximateClauses);
        spellings = spellings.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    public boolean exact() {
        return approximateClauses.isEmpty();
    }

    public boolean approximate(int clause) {
        return approximateClauses.contains(clause);
    }

    /** The respelt texts of this clause, best first; empty when none was offered. */
    public List<String> spellings(int clause) {
        return spellings.getOrDefault(clause, List.of());
    }
}
