package tw.museum.catalog.healthcheck;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which status may follow which. Cancellation is possible up to (not after) the
 * examination; a declined quote sends the case back to ACCEPTED so the museum can quote again.
 */
public final class CaseTransitions {

    private static final Map<CaseStatus, EnumSet<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        allow(CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.DECLINED, CaseStatus.CANCELLED);
        allow(CaseStatus.ACCEPTED, CaseStatus.QUOTED, CaseStatus.CANCELLED);
        allow(CaseStatus.QUOTED, CaseStatus.QUOTE_ACCEPTED, CaseStatus.ACCEPTED, CaseStatus.CANCELLED);
        allow(CaseStatus.QUOTE_ACCEPTED, CaseStatus.SCHEDULED, CaseStatus.CANCELLED);
        allow(CaseStatus.SCHEDULED, CaseStatus.EXAMINED, CaseStatus.CANCELLED);
        allow(CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED);
        allow(CaseStatus.REPORT_ISSUED, CaseStatus.PAID);
        allow(CaseStatus.PAID, CaseStatus.CLOSED);
        allow(CaseStatus.DECLINED);
        allow(CaseStatus.CLOSED);
        allow(CaseStatus.CANCELLED);
    }

    private CaseTransitions() {
    }

    private static void allow(CaseStatus from, CaseStatus... to) {
        NEXT.put(from, to.length == 0 ? EnumSet.noneOf(CaseStatus.class) : EnumSet.of(to[0], to));
    }

    /** The statuses a case in {@code from} may move to; empty for a final status. */
    public static Set<CaseStatus> next(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses a step the process does not have. */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
    }
}
