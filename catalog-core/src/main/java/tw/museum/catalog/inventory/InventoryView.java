package tw.museum.catalog.inventory;

import java.time.Instant;
import tw.museum.catalog.location.LocationRef;

/** An inventory: its number, the location it checks (with everything inside), who ran it, when, its counts. */
public record InventoryView(String number, LocationRef location, InventoryStatus status, Instant startedAt,
                            String startedBy, Instant closedAt, String closedBy, InventoryCounts counts, long version) {
}
