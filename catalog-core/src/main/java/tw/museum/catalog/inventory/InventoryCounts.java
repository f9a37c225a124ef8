package tw.museum.catalog.inventory;

/** How many objects the record expected there, and how many were found, missing, misplaced, unexpected, undecided. */
public record InventoryCounts(int expected, int found, int missing, int misplaced, int unexpected, int undecided) {
}
