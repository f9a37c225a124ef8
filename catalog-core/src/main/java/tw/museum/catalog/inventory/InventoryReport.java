package tw.museum.catalog.inventory;

import java.util.List;
import tw.museum.catalog.location.ObjectAtLocation;

/**
 * The comparison of an inventory: every item, discrepancies first (missing, misplaced, unexpected), then what
 * was found; and the objects whose home is here but which the record puts elsewhere (known absences). Live
 * while the inventory is open, as it was at completion afterwards.
 */
public record InventoryReport(InventoryView inventory, InventoryCounts counts, List<InventoryItem> items,
                              List<ObjectAtLocation> away) {
}
