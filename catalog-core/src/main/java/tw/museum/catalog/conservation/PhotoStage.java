package tw.museum.catalog.conservation;

/** When a photo of a treatment story was taken: before, during or after the work. */
public enum PhotoStage {
    BEFORE, DURING, AFTER
}
