package tw.museum.catalog.inventory;

/**
 * What an inventory found for one object or label. FOUND: where the record says (at the scanned location or
 * inside it). MISSING: the record puts it here, nobody scanned it. MISPLACED: scanned here, the record says
 * elsewhere (another shelf, another room, off site, or nowhere). UNEXPECTED: a label that matches no record.
 */
public enum Outcome {
    MISSING, MISPLACED, UNEXPECTED, FOUND;

    public boolean discrepancy() {
        return this != FOUND;
    }
}
