package tw.museum.catalog.common;

/**
 * An edit was based on an older version of the record than the one stored: someone else saved in
 * between. The edit is refused rather than silently overwriting their change.
 */
public class StaleVersionException extends RuntimeException {

    private final String recordType;
    private final String key;
    private final Long submittedVersion;
    private final long currentVersion;

    public StaleVersionException(String recordType, Object key, Long submittedVersion, long currentVersion) {
        super(recordType + " " + key + " was changed by someone else (edited version " + submittedVersion
                + ", stored version " + currentVersion + ")");
        this.recordType = recordType;
        this.key = String.valueOf(key);
        this.submittedVersion = submittedVersion;
        this.currentVersion = currentVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String key() {
        return key;
    }

    public Long submittedVersion() {
        return submittedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Refuses the edit unless it was made on the stored version; a missing version is refused too. */
    public static void check(String recordType, Object key, Long submitted, long current) {
        if (submitted == null || submitted != current) {
            throw new StaleVersionException(recordType, key, submitted, current);
        }
    }
}
