package tw.museum.catalog.inventory;

public enum InventoryStatus {
    OPEN, COMPLETED, CANCELLED
}
