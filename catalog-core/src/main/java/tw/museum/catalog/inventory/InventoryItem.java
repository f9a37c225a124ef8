package tw.museum.catalog.inventory;

import java.time.Instant;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.Whereabouts;

/**
 * One object (or unmatched label) of an inventory: where it was scanned, where the record puts it, the outcome
 * and the registrar's decision. {@code key} names it in decisions: the object number, or for a label that
 * matched nothing, what was scanned.
 */
public record InventoryItem(String key, String objectNumber, Bilingual title, String scannedValue, LocationRef foundAt,
                            Whereabouts recorded, Outcome outcome, Decision decision, String decisionNote,
                            String decidedBy, Instant decidedAt, int scanCount, Instant lastScannedAt, String scannedBy) {

    public boolean undecided() {
        return outcome.discrepancy() && decision == null;
    }
}
