package tw.museum.catalog.condition;

/**
 * What was examined: a museum artifact (by object number), or object {@code objectNo} (1, 2, ...) of a
 * health-check case, which has no artifact record because it is not the museum's.
 */
public record ConditionSubject(String objectNumber, Long caseId, Integer caseObjectNo) {

    public static ConditionSubject artifact(String objectNumber) {
        return new ConditionSubject(objectNumber, null, null);
    }

    public static ConditionSubject caseObject(long caseId, int objectNo) {
        return new ConditionSubject(null, caseId, objectNo);
    }

    public boolean isArtifact() {
        return objectNumber != null;
    }
}
