package tw.museum.catalog.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** One inventory of a location and everything inside it; its scans and decisions are its lines. */
@Entity
public class Inventory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    @SequenceGenerator(name = "inventory_seq", sequenceName = "inventory_seq", allocationSize = 50)
    private Long id;

    private String inventoryNumber;
    private long locationId;
    private Long openLocationId;

    @Enumerated(EnumType.STRING)
    private InventoryStatus status;

    private Instant startedAt;
    private String startedBy;
    private Instant closedAt;
    private String closedBy;
    private Integer expectedCount;
    private Integer foundCount;
    private Integer missingCount;
    private Integer misplacedCount;
    private Integer unexpectedCount;

    @Version
    private long version;

    protected Inventory() {
    }

    Inventory(String number, long locationId, Instant now, String actor) {
        this.inventoryNumber = number;
        this.locationId = locationId;
        this.openLocationId = locationId;
        this.status = InventoryStatus.OPEN;
        this.startedAt = now;
        this.startedBy = actor;
    }

    void complete(InventoryCounts counts, Instant now, String actor) {
        close(InventoryStatus.COMPLETED, now, actor);
        expectedCount = counts.expected();
        foundCount = counts.found();
        missingCount = counts.missing();
        misplacedCount = counts.misplaced();
        unexpectedCount = counts.unexpected();
    }

    void cancel(Instant now, String actor) {
        close(InventoryStatus.CANCELLED, now, actor);
    }

    private void close(InventoryStatus closed, Instant now, String actor) {
        status = closed;
        openLocationId = null;
        closedAt = now;
        closedBy = actor;
    }

    public Long getId() { return id; }
    public String getInventoryNumber() { return inventoryNumber; }
    public long getLocationId() { return locationId; }
    public InventoryStatus getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public String getStartedBy() { return startedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public long getVersion() { return version; }

    /** The counts stored at completion; null while open. */
    public InventoryCounts getStoredCounts() {
        return expectedCount == null ? null
                : new InventoryCounts(expectedCount, foundCount, missingCount, misplacedCount, unexpectedCount, 0);
    }
}
