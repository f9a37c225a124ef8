package tw.museum.catalog.inventory;

import java.util.Set;

/**
 * The registrar's confirmation of a discrepancy. A missing object is confirmed missing; a misplaced one is
 * either moved here on the record (a movement, reason INVENTORY) or left to be put back where the record
 * says; an unexpected label is noted.
 */
public enum Decision {
    CONFIRMED_MISSING(Outcome.MISSING), MOVED_HERE(Outcome.MISPLACED), TO_BE_RETURNED(Outcome.MISPLACED),
    NOTED(Outcome.UNEXPECTED);

    private final Outcome answers;

    Decision(Outcome answers) {
        this.answers = answers;
    }

    public Outcome answers() {
        return answers;
    }

    public static Set<Decision> forOutcome(Outcome outcome) {
        return java.util.Arrays.stream(values()).filter(d -> d.answers == outcome)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Decision.class)));
    }
}
