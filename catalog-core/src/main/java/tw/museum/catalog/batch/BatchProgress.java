package tw.museum.catalog.batch;

/** How far the job of a running batch has got: {@code done} of {@code of} records. */
public record BatchProgress(int done, int of) {
}
