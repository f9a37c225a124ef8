package tw.museum.catalog.inventory;

import tw.museum.catalog.location.LocationRef;

/**
 * What one scan was: a location label inside the inventoried location (scans after it count as found there),
 * or an object (with its outcome so far), or a label that matched no record.
 */
public record ScanResult(Kind kind, InventoryItem item, LocationRef location) {

    public enum Kind { LOCATION, OBJECT, UNKNOWN }
}
