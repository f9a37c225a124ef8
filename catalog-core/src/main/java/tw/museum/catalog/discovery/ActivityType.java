package tw.museum.catalog.discovery;

/** What happened to a public manifest (the Activity Streams types the IIIF Change Discovery API uses). */
public enum ActivityType {
    CREATE("Create"), UPDATE("Update"), DELETE("Delete");

    private final String streamsType;

    ActivityType(String streamsType) {
        this.streamsType = streamsType;
    }

    /** The Activity Streams 2.0 "type". */
    public String streamsType() {
        return streamsType;
    }
}
