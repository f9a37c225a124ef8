package tw.museum.catalog.artifact;

/** Earliest and latest year (AD) a date may mean, for searching and sorting. */
public record YearRange(int earliest, int latest) {
}
