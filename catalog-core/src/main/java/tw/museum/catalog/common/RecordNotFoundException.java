package tw.museum.catalog.common;

/** No record of that kind has that key, or the caller may not know that it exists. */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final String key;

    public RecordNotFoundException(String recordType, Object key) {
        super(recordType + " " + key + " not found");
        this.recordType = recordType;
        this.key = String.valueOf(key);
    }

    public String recordType() {
        return recordType;
    }

    public String key() {
        return key;
    }
}
