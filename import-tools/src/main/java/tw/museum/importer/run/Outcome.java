package tw.museum.importer.run;

/** What happened to one record. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, FAILED, SKIPPED
}
