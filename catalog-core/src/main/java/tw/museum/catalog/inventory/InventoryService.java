package tw.museum.catalog.inventory;

import static tw.museum.catalog.common.JdbcValues.blankToNull;
import static tw.museum.catalog.common.JdbcValues.instant;
import static tw.museum.catalog.common.JdbcValues.longOrNull;
import static tw.museum.catalog.common.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.Whereabouts;

/**
 * Inventory (Spectrum 5.0): what is really at a location, and everything inside it, against the record.
 * Registrars scan a location's label, then the objects they find; the comparison lists the objects the
 * record puts there that nobody scanned (missing), those scanned there that the record puts elsewhere
 * (misplaced) and labels that match no record (unexpected). Each discrepancy is confirmed by a decision;
 * moving a misplaced object here writes a movement (reason INVENTORY, the inventory number as reference).
 *
 * <p>Everything lives in the database, so phones on several nodes scan into one inventory at once: each
 * scan or decision locks its inventory's row, so they run one after the other, and inventories of
 * different locations never wait for each other. A location has at most one open inventory, and no open
 * inventory may overlap it (one inside the other): starting one where one is open joins it, and starting one
 * that overlaps another is refused. Starts lock the location's row and those above it, root first, so
 * two concurrent starts of overlapping locations run one after the other and the second sees the first.
 */
@Service
@Transactional
public class InventoryService {

    public static final String AUDIT_TYPE = "inventory";
    public static final int MAX_SCAN_LENGTH = 200;
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final String OBJECT_KEY = "a:";
    private static final String LABEL_KEY = "x:";

    private final JdbcTemplate jdbc;
    private final InventoryRepository inventories;
    private final LocationService locations;
    private final MovementService movements;
    private final NumberCounters counters;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public InventoryService(JdbcTemplate jdbc, InventoryRepository inventories, LocationService locations,
                            MovementService movements, NumberCounters counters, AuditLog audit, CurrentActor actor,
                            Clock clock) {
        this.jdbc = jdbc;
        this.inventories = inventories;
        this.locations = locations;
        this.movements = movements;
        this.counters = counters;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** An inventory started, or the open one of that location joined ({@code joined}). */
    public record Started(InventoryView inventory, boolean joined) {
    }

    // ---- starting, finishing

    /**
     * Starts an inventory of the location (by code, or by what its label's QR code holds). Where one is open
     * already, the caller joins it; where an open one is inside it or contains it, the start is refused.
     */
    public Started start(String locationCodeOrScan) {
        String code = codeOf(locationCodeOrScan);
        Place place = code == null ? null : placeByCode(code).orElse(null);
        if (place == null) {
            throw new InvalidRecordException(FieldProblem.of("location", code == null ? "required" : "unknown-location",
                    code == null ? "" : code));
        }
        if (place.retired()) {
            throw new InvalidRecordException(FieldProblem.of("location", "retired-location", place.code()));
        }
        lockPath(place);
        Optional<Inventory> same = inventories.findByOpenLocationId(place.id());
        if (same.isPresent()) {
            return new Started(view(same.get()), true);
        }
        List<String> overlapping = jdbc.queryForList("SELECT i.inventory_number FROM inventory i JOIN location l"
                        + " ON l.id = i.open_location_id WHERE l.path LIKE ? OR ? LIKE l.path || '%' ORDER BY i.inventory_number",
                String.class, place.path() + "%", place.path());
        if (!overlapping.isEmpty()) {
            throw new InvalidRecordException(FieldProblem.of("location", "inventory-overlaps", overlapping.get(0)));
        }
        Instant now = clock.instant();
        int year = now.atZone(MUSEUM_ZONE).getYear();
        String number = "INV-%d-%04d".formatted(year, counters.next("inventory:" + year));
        Inventory inventory = inventories.saveAndFlush(new Inventory(number, place.id(), now, actor.name()));
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, Map.of("location", place.code()));
        return new Started(view(inventory), false);
    }

    /**
     * Completes the inventory: every discrepancy must have been decided. The comparison is stored as it
     * stands (the missing objects get lines too), so the report stays what it was when the record moves on.
     */
    public InventoryView complete(String number, Long version) {
        Inventory inventory = lockOpen(number, version);
        Comparison comparison = compare(inventory);
        InventoryCounts counts = comparison.counts();
        if (counts.undecided() > 0) {
            throw new InvalidRecordException(FieldProblem.of("decisions", "inventory-undecided", counts.undecided()));
        }
        storeComparison(inventory, comparison);
        inventory.complete(counts, clock.instant(), actor.name());
        inventories.saveAndFlush(inventory);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, Map.of("status", InventoryStatus.OPEN),
                Map.of("status", InventoryStatus.COMPLETED, "counts", counts));
        return view(inventory);
    }

    /** Cancels an open inventory: its scans stay, nothing it did is undone (movements are never undone). */
    public InventoryView cancel(String number, Long version) {
        Inventory inventory = lockOpen(number, version);
        inventory.cancel(clock.instant(), actor.name());
        inventories.saveAndFlush(inventory);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, Map.of("status", InventoryStatus.OPEN),
                Map.of("status", InventoryStatus.CANCELLED));
        return view(inventory);
    }

    // ---- scanning, deciding

    /**
     * Records one scan. {@code at} is the location label scanned last on this phone (null: the inventoried
     * location itself): an object scanned counts as found there. A location label inside the inventoried
     * location answers as such (the phone then scans at it); an object answers with its outcome so far; a
     * label matching neither is kept as unexpected.
     */
    public ScanResult scan(String number, String scanned, String at) {
        Inventory inventory = lock(number);
        requireOpen(inventory);
        Place root = place(inventory.getLocationId());
        String raw = scanned == null ? "" : scanned.strip();
        Checks checks = new Checks();
        checks.require("scan", raw).maxLength("scan", raw, MAX_SCAN_LENGTH);
        Place foundAt = root;
        if (at != null && !at.isBlank()) {
            foundAt = placeByCode(codeOf(at)).filter(p -> p.inside(root)).orElse(null);
            if (foundAt == null) {
                checks.add("at", "location-outside-inventory", at.strip());
            }
        }
        checks.throwIfAny();

        ScanCodes.Scanned read = ScanCodes.read(raw);
        if (read.type() != ScanCodes.Type.LOCATION) {
            Optional<Long> artifact = artifactId(read.value());
            if (artifact.isPresent()) {
                return new ScanResult(ScanResult.Kind.OBJECT, scanObject(inventory, artifact.get(), raw, foundAt), null);
            }
        }
        if (read.type() != ScanCodes.Type.OBJECT) {
            Optional<Place> location = placeByCode(LocationService.normalisedCode(read.value()));
            if (location.isPresent()) {
                if (!location.get().inside(root)) {
                    throw new InvalidRecordException(FieldProblem.of("scan", "location-outside-inventory",
                            location.get().code()));
                }
                return new ScanResult(ScanResult.Kind.LOCATION, null, ref(location.get().id()));
            }
        }
        String label = read.value().isEmpty() ? raw : read.value();
        upsertLine(inventory, LABEL_KEY + label, null, label, foundAt.id());
        return new ScanResult(ScanResult.Kind.UNKNOWN, item(inventory, LABEL_KEY + label), null);
    }

    /**
     * Confirms one discrepancy: the item by its key (the object number, or what an unexpected label held).
     * {@link Decision#MOVED_HERE} moves the object on the record to where it was scanned, and cannot be changed
     * afterwards; other decisions can be changed while the inventory is open.
     */
    public InventoryItem decide(String number, String key, Decision decision, String note) {
        Inventory inventory = lock(number);
        requireOpen(inventory);
        Checks checks = new Checks();
        checks.require("key", key).maxLength("note", note, 500);
        if (decision == null) {
            checks.add("decision", "required");
        }
        checks.throwIfAny();
        Comparison comparison = compare(inventory);
        InventoryItem item = comparison.byKey().get(key.strip());
        if (item == null) {
            throw new RecordNotFoundException("inventory-item", key);
        }
        if (item.decision() == Decision.MOVED_HERE) {
            throw new InvalidRecordException(FieldProblem.of("decision", "inventory-already-moved", item.key()));
        }
        if (decision.answers() != item.outcome()) {
            throw new InvalidRecordException(FieldProblem.of("decision", "inventory-decision-mismatch",
                    decision.name(), item.outcome().name()));
        }
        String lineKey = comparison.lineKeys().get(item.key());
        if (decision == Decision.MOVED_HERE) {
            movements.move(new MoveRequest(List.of(item.objectNumber()), Destination.at(item.foundAt().id()),
                    MovementReason.INVENTORY, inventory.getInventoryNumber(), blankToNull(note), null, false));
        }
        if (item.outcome() == Outcome.MISSING && item.scanCount() == 0) {
            upsertLine(inventory, lineKey, comparison.artifactIds().get(item.key()), null, null);
        }
        Whereabouts recorded = item.recorded();
        jdbc.update("UPDATE inventory_line SET decision = ?, decision_note = ?, decided_by = ?, decided_at = ?, outcome = ?,"
                        + " recorded_location_id = ?, recorded_off_site = ? WHERE inventory_id = ? AND item_key = ?",
                decision.name(), blankToNull(note), actor.name(), utc(clock.instant()), item.outcome().name(),
                recorded.location() == null ? null : recorded.location().id(), recorded.offSite(), inventory.getId(), lineKey);
        audit.record(AUDIT_TYPE, inventory.getInventoryNumber(), AuditAction.UPDATE, null,
                Map.of("item", item.key(), "outcome", item.outcome(), "decision", decision));
        return item(inventory, lineKey);
    }

    /** Confirms every undecided missing object as missing, one decision each (the registrar looked for them). */
    public int confirmAllMissing(String number, String note) {
        Inventory inventory = lock(number);
        requireOpen(inventory);
        Comparison comparison = compare(inventory);
        List<InventoryItem> missing = comparison.items().stream()
                .filter(i -> i.outcome() == Outcome.MISSING && i.decision() == null).toList();
        List<InventoryItem> unlined = missing.stream().filter(i -> i.scanCount() == 0).toList();
        insertMissingLines(inventory, comparison, unlined);
        OffsetDateTime now = utc(clock.instant());
        String who = actor.name();
        jdbc.batchUpdate("UPDATE inventory_line SET decision = ?, decision_note = ?, decided_by = ?, decided_at = ?,"
                        + " outcome = ?, recorded_location_id = ?, recorded_off_site = NULL WHERE inventory_id = ? AND item_key = ?",
                missing, 500, (ps, i) -> {
                    ps.setString(1, Decision.CONFIRMED_MISSING.name());
                    ps.setString(2, blankToNull(note));
                    ps.setString(3, who);
                    ps.setObject(4, now);
                    ps.setString(5, Outcome.MISSING.name());
                    ps.setObject(6, i.recorded().location() == null ? null : i.recorded().location().id());
                    ps.setLong(7, inventory.getId());
                    ps.setString(8, comparison.lineKeys().get(i.key()));
                });
        if (!missing.isEmpty()) {
            audit.record(AUDIT_TYPE, inventory.getInventoryNumber(), AuditAction.UPDATE, null,
                    Map.of("decision", Decision.CONFIRMED_MISSING, "items", missing.size(),
                            "first", missing.stream().limit(100).map(InventoryItem::key).toList()));
        }
        return missing.size();
    }

    // ---- reading

    @Transactional(readOnly = true)
    public InventoryView get(String number) {
        return view(find(number));
    }

    /** The comparison: live while the inventory is open, as stored at completion afterwards. */
    @Transactional(readOnly = true)
    public InventoryReport report(String number) {
        Inventory inventory = find(number);
        Comparison comparison = compare(inventory);
        List<tw.museum.catalog.location.ObjectAtLocation> away = inventory.getStatus() == InventoryStatus.OPEN
                ? movements.awayFrom(inventory.getLocationId()) : List.of();
        return new InventoryReport(view(inventory, comparison.counts()), comparison.counts(), comparison.items(), away);
    }

    /**
     * The counts of the comparison without its items, computed in the database: what the scanning page shows
     * after every scan, cheap for a store of tens of thousands of objects. The same as {@code report(n).counts()}.
     */
    @Transactional(readOnly = true)
    public InventoryCounts counts(String number) {
        Inventory inventory = find(number);
        if (inventory.getStatus() != InventoryStatus.OPEN) {
            return compare(inventory).counts();
        }
        Place root = place(inventory.getLocationId());
        String inside = root.path() + "%";
        int[] n = new int[Outcome.values().length];
        int[] undecided = new int[1];
        int[] linedHere = new int[1];
        jdbc.query("SELECT CASE WHEN il.outcome IS NOT NULL THEN il.outcome WHEN il.artifact_id IS NULL THEN 'UNEXPECTED'"
                        + " WHEN c.path IS NOT NULL AND f.path IS NOT NULL AND c.path LIKE f.path || '%' THEN 'FOUND'"
                        + " ELSE 'MISPLACED' END, il.decision IS NULL, c.path IS NOT NULL AND c.path LIKE ?, COUNT(*)"
                        + " FROM inventory_line il LEFT JOIN location f ON f.id = il.found_location_id"
                        + " LEFT JOIN artifact_location al ON al.artifact_id = il.artifact_id"
                        + " LEFT JOIN location c ON c.id = al.current_location_id"
                        + " WHERE il.inventory_id = ? GROUP BY 1, 2, 3",
                rs -> {
                    Outcome outcome = Outcome.valueOf(rs.getString(1));
                    int count = rs.getInt(4);
                    n[outcome.ordinal()] += count;
                    if (outcome.discrepancy() && rs.getBoolean(2)) {
                        undecided[0] += count;
                    }
                    if (rs.getBoolean(3)) {
                        linedHere[0] += count;
                    }
                }, inside, inventory.getId());
        Integer recordedHere = jdbc.queryForObject("SELECT COUNT(*) FROM artifact_location al JOIN location l"
                + " ON l.id = al.current_location_id WHERE l.path LIKE ?", Integer.class, inside);
        int unlined = (recordedHere == null ? 0 : recordedHere) - linedHere[0];
        n[Outcome.MISSING.ordinal()] += unlined;
        return new InventoryCounts(n[Outcome.FOUND.ordinal()] + n[Outcome.MISSING.ordinal()], n[Outcome.FOUND.ordinal()],
                n[Outcome.MISSING.ordinal()], n[Outcome.MISPLACED.ordinal()], n[Outcome.UNEXPECTED.ordinal()],
                undecided[0] + unlined);
    }

    /** The open inventories, the latest first. */
    @Transactional(readOnly = true)
    public List<InventoryView> open() {
        return views(inventories.findByStatusOrderByStartedAtDesc(InventoryStatus.OPEN));
    }

    /** The latest inventories, open or closed. */
    @Transactional(readOnly = true)
    public List<InventoryView> recent(int limit) {
        return views(inventories.findAllByOrderByStartedAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 200))))
                .getContent());
    }

    /** The inventories of one location, the latest first. */
    @Transactional(readOnly = true)
    public List<InventoryView> ofLocation(long locationId) {
        return views(inventories.findByLocationIdOrderByStartedAtDesc(locationId));
    }

    // ---- the comparison

    private record Place(long id, String code, String path, boolean retired) {
        boolean inside(Place other) {
            return path.startsWith(other.path());
        }
    }

    private record Line(String key, Long artifactId, String objectNumber, Bilingual title, String scannedValue,
                        Long foundLocation, int scanCount, Instant lastScannedAt, String scannedBy, Decision decision,
                        String decisionNote, String decidedBy, Instant decidedAt, Outcome outcome, Long recordedLocation,
                        String recordedOffSite, Long currentLocation, String currentOffSite) {
    }

    private record Expected(long artifactId, String objectNumber, Bilingual title, long currentLocation) {
    }

    /** The comparison's items, with each item's line key and artifact id for writing decisions. */
    private record Comparison(List<InventoryItem> items, InventoryCounts counts, Map<String, InventoryItem> byKey,
                              Map<String, String> lineKeys, Map<String, Long> artifactIds) {
    }

    private Comparison compare(Inventory inventory) {
        return compare(inventory, null);
    }

    /** The whole comparison, or with {@code lineKey} only that line's item (a scan answers without the rest). */
    private Comparison compare(Inventory inventory, String lineKey) {
        boolean open = inventory.getStatus() == InventoryStatus.OPEN;
        Place root = place(inventory.getLocationId());
        List<Line> lines = lines(inventory.getId(), lineKey);
        Map<Long, String> paths = new HashMap<>();
        jdbc.query("SELECT id, path FROM location WHERE path LIKE ?", rs -> {
            paths.put(rs.getLong(1), rs.getString(2));
        }, root.path() + "%");
        List<Expected> expected = open && lineKey == null ? expected(root) : List.of();

        Set<Long> locationIds = new HashSet<>();
        lines.forEach(l -> {
            locationIds.add(l.foundLocation());
            locationIds.add(l.recordedLocation());
            locationIds.add(l.currentLocation());
        });
        expected.forEach(e -> locationIds.add(e.currentLocation()));
        locationIds.remove(null);
        Map<Long, LocationRef> refs = locations.refs(locationIds);

        List<InventoryItem> items = new ArrayList<>(lines.size() + expected.size());
        Map<String, String> lineKeys = new HashMap<>();
        Map<String, Long> artifactIds = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Line l : lines) {
            Outcome outcome;
            Whereabouts recorded;
            if (l.outcome() != null) {
                outcome = l.outcome();
                recorded = new Whereabouts(refs.get(l.recordedLocation()), l.recordedOffSite());
            } else if (l.artifactId() == null) {
                outcome = Outcome.UNEXPECTED;
                recorded = Whereabouts.UNRECORDED;
            } else {
                String foundPath = paths.get(l.foundLocation());
                String recordedPath = l.currentLocation() == null ? null : paths.get(l.currentLocation());
                outcome = recordedPath != null && foundPath != null && recordedPath.startsWith(foundPath)
                        ? Outcome.FOUND : Outcome.MISPLACED;
                recorded = new Whereabouts(refs.get(l.currentLocation()), l.currentOffSite());
            }
            if (l.artifactId() != null) {
                seen.add(l.artifactId());
            }
            String key = l.objectNumber() != null ? l.objectNumber() : l.scannedValue();
            lineKeys.put(key, l.key());
            if (l.artifactId() != null) {
                artifactIds.put(key, l.artifactId());
            }
            items.add(new InventoryItem(key, l.objectNumber(), l.title(), l.scannedValue(), refs.get(l.foundLocation()),
                    recorded, outcome, l.decision(), l.decisionNote(), l.decidedBy(), l.decidedAt(), l.scanCount(),
                    l.lastScannedAt(), l.scannedBy()));
        }
        for (Expected e : expected) {
            if (seen.add(e.artifactId())) {
                lineKeys.put(e.objectNumber(), OBJECT_KEY + e.artifactId());
                artifactIds.put(e.objectNumber(), e.artifactId());
                Whereabouts recorded = new Whereabouts(refs.get(e.currentLocation()), null);
                items.add(new InventoryItem(e.objectNumber(), e.objectNumber(), e.title(), null, null, recorded,
                        Outcome.MISSING, null, null, null, null, 0, null, null));
            }
        }
        items.sort(Comparator.comparing(InventoryItem::outcome).thenComparing(InventoryItem::key));
        int[] n = new int[Outcome.values().length];
        int undecided = 0;
        for (InventoryItem i : items) {
            n[i.outcome().ordinal()]++;
            if (i.undecided()) {
                undecided++;
            }
        }
        InventoryCounts counts = new InventoryCounts(n[Outcome.FOUND.ordinal()] + n[Outcome.MISSING.ordinal()],
                n[Outcome.FOUND.ordinal()], n[Outcome.MISSING.ordinal()], n[Outcome.MISPLACED.ordinal()],
                n[Outcome.UNEXPECTED.ordinal()], undecided);
        Map<String, InventoryItem> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.put(i.key(), i));
        return new Comparison(List.copyOf(items), counts, byKey, lineKeys, artifactIds);
    }

    /** The objects the record puts at the location or inside it now. */
    private List<Expected> expected(Place root) {
        return jdbc.query("SELECT a.id, a.object_number, a.title_zh, a.title_en, al.current_location_id"
                        + " FROM artifact_location al JOIN artifact a ON a.id = al.artifact_id"
                        + " JOIN location l ON l.id = al.current_location_id WHERE l.path LIKE ?",
                (rs, n) -> new Expected(rs.getLong(1), rs.getString(2), new Bilingual(rs.getString(3), rs.getString(4)),
                        rs.getLong(5)), root.path() + "%");
    }

    /** Writes the comparison into the lines: a line for each missing object, each line's outcome and record. */
    private void storeComparison(Inventory inventory, Comparison comparison) {
        List<InventoryItem> unlined = comparison.items().stream()
                .filter(i -> i.outcome() == Outcome.MISSING && i.scanCount() == 0 && i.decidedAt() == null).toList();
        // decided missing objects have lines already; any other (none, as every one must be decided) gets one here
        insertMissingLines(inventory, comparison, unlined);
        jdbc.batchUpdate("UPDATE inventory_line SET outcome = ?, recorded_location_id = ?, recorded_off_site = ?"
                        + " WHERE inventory_id = ? AND item_key = ? AND outcome IS NULL", comparison.items(), 500, (ps, i) -> {
                    ps.setString(1, i.outcome().name());
                    ps.setObject(2, i.recorded().location() == null ? null : i.recorded().location().id());
                    ps.setString(3, i.recorded().offSite());
                    ps.setLong(4, inventory.getId());
                    ps.setString(5, comparison.lineKeys().get(i.key()));
                });
    }

    /** Lines for missing objects that have none (an undecided missing object never has one). */
    private void insertMissingLines(Inventory inventory, Comparison comparison, List<InventoryItem> unlined) {
        jdbc.batchUpdate("INSERT INTO inventory_line (inventory_id, item_key, artifact_id, scan_count) VALUES (?, ?, ?, 0)",
                unlined, 500, (ps, i) -> {
                    ps.setLong(1, inventory.getId());
                    ps.setString(2, comparison.lineKeys().get(i.key()));
                    ps.setLong(3, comparison.artifactIds().get(i.key()));
                });
    }

    private InventoryItem scanObject(Inventory inventory, long artifactId, String raw, Place foundAt) {
        String key = OBJECT_KEY + artifactId;
        // found after all: an earlier "confirmed missing" no longer holds
        jdbc.update("UPDATE inventory_line SET decision = NULL, decision_note = NULL, decided_by = NULL, decided_at = NULL,"
                + " outcome = NULL, recorded_location_id = NULL, recorded_off_site = NULL"
                + " WHERE inventory_id = ? AND item_key = ? AND decision = ?", inventory.getId(), key, Decision.CONFIRMED_MISSING.name());
        upsertLine(inventory, key, artifactId, raw, foundAt.id());
        return item(inventory, key);
    }

    /**
     * Adds a scan to the item's line ({@code scanned} null: only makes sure the line exists, for a decision),
     * creating it on the first scan; the inventory's row lock is held, so no twin insert can race it.
     */
    private void upsertLine(Inventory inventory, String key, Long artifactId, String scanned, Long foundAt) {
        Instant now = clock.instant();
        Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM inventory_line WHERE inventory_id = ? AND item_key = ?",
                Integer.class, inventory.getId(), key);
        if (exists == null || exists == 0) {
            jdbc.update("INSERT INTO inventory_line (inventory_id, item_key, artifact_id, scanned_value, found_location_id,"
                            + " scan_count, last_scanned_at, scanned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    inventory.getId(), key, artifactId, scanned, foundAt, scanned == null ? 0 : 1,
                    scanned == null ? null : utc(now), scanned == null ? null : actor.name());
        } else if (scanned != null) {
            // where it was found counts only while undecided: a decision (moved here, to be returned) stands
            jdbc.update("UPDATE inventory_line SET scan_count = scan_count + 1, last_scanned_at = ?, scanned_by = ?,"
                            + " scanned_value = CASE WHEN outcome IS NULL THEN ? ELSE scanned_value END,"
                            + " found_location_id = CASE WHEN outcome IS NULL THEN ? ELSE found_location_id END"
                            + " WHERE inventory_id = ? AND item_key = ?",
                    utc(now), actor.name(), scanned, foundAt, inventory.getId(), key);
        }
    }

    private InventoryItem item(Inventory inventory, String lineKey) {
        Comparison comparison = compare(inventory, lineKey);
        return comparison.lineKeys().entrySet().stream().filter(e -> e.getValue().equals(lineKey))
                .map(e -> comparison.byKey().get(e.getKey())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("inventory-item", lineKey));
    }

    private List<Line> lines(long inventoryId, String key) {
        return jdbc.query("SELECT il.item_key, il.artifact_id, a.object_number, a.title_zh, a.title_en, il.scanned_value,"
                        + " il.found_location_id, il.scan_count, il.last_scanned_at, il.scanned_by, il.decision, il.decision_note,"
                        + " il.decided_by, il.decided_at, il.outcome, il.recorded_location_id, il.recorded_off_site,"
                        + " al.current_location_id, al.current_off_site"
                        + " FROM inventory_line il LEFT JOIN artifact a ON a.id = il.artifact_id"
                        + " LEFT JOIN artifact_location al ON al.artifact_id = il.artifact_id WHERE il.inventory_id = ?"
                        + (key == null ? "" : " AND il.item_key = ?"),
                this::line, key == null ? new Object[] {inventoryId} : new Object[] {inventoryId, key});
    }

    private Line line(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(11);
        String outcome = rs.getString(15);
        return new Line(rs.getString(1), longOrNull(rs, 2), rs.getString(3),
                rs.getString(3) == null ? null : new Bilingual(rs.getString(4), rs.getString(5)), rs.getString(6),
                longOrNull(rs, 7), rs.getInt(8), instant(rs, 9), rs.getString(10),
                decision == null ? null : Decision.valueOf(decision), rs.getString(12), rs.getString(13), instant(rs, 14),
                outcome == null ? null : Outcome.valueOf(outcome), longOrNull(rs, 16), rs.getString(17),
                longOrNull(rs, 18), rs.getString(19));
    }

    // ---- internals

    private Inventory find(String number) {
        return inventories.findByInventoryNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new RecordNotFoundException("inventory", number));
    }

    /** The inventory with its row locked: scans and decisions of one inventory run one after the other. */
    private Inventory lock(String number) {
        return inventories.lockByInventoryNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new RecordNotFoundException("inventory", number));
    }

    private Inventory lockOpen(String number, Long version) {
        Inventory inventory = lock(number);
        requireOpen(inventory);
        StaleVersionException.check(AUDIT_TYPE, number, version, inventory.getVersion());
        return inventory;
    }

    private static void requireOpen(Inventory inventory) {
        if (inventory.getStatus() != InventoryStatus.OPEN) {
            throw new InvalidRecordException(FieldProblem.of("inventory", "inventory-closed",
                    inventory.getInventoryNumber(), inventory.getStatus().name()));
        }
    }

    /** Locks the location's row and those above it, root first (ids along the path), for starts. */
    private void lockPath(Place place) {
        for (String id : place.path().split("/")) {
            if (!id.isEmpty()) {
                jdbc.queryForList("SELECT id FROM location WHERE id = ? FOR UPDATE", Long.class, Long.valueOf(id));
            }
        }
    }

    private static String codeOf(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            return null;
        }
        return LocationService.normalisedCode(ScanCodes.read(scanned).value());
    }

    private Optional<Place> placeByCode(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, code, path, retired FROM location WHERE code = ?",
                (rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), code)
                .stream().findFirst();
    }

    private Place place(long id) {
        return jdbc.queryForObject("SELECT id, code, path, retired FROM location WHERE id = ?",
                (rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), id);
    }

    private Optional<Long> artifactId(String objectNumber) {
        if (objectNumber == null || objectNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT id FROM artifact WHERE object_number = ?", Long.class, objectNumber.strip())
                .stream().findFirst();
    }

    private LocationRef ref(long locationId) {
        return locations.refs(List.of(locationId)).get(locationId);
    }

    private InventoryView view(Inventory inventory) {
        InventoryCounts counts = inventory.getStoredCounts();
        return view(inventory, counts);
    }

    private InventoryView view(Inventory i, InventoryCounts counts) {
        return new InventoryView(i.getInventoryNumber(), ref(i.getLocationId()), i.getStatus(), i.getStartedAt(),
                i.getStartedBy(), i.getClosedAt(), i.getClosedBy(), counts, i.getVersion());
    }

    private List<InventoryView> views(List<Inventory> list) {
        Map<Long, LocationRef> refs = locations.refs(list.stream().map(Inventory::getLocationId).toList());
        return list.stream().map(i -> new InventoryView(i.getInventoryNumber(), refs.get(i.getLocationId()), i.getStatus(),
                i.getStartedAt(), i.getStartedBy(), i.getClosedAt(), i.getClosedBy(), i.getStoredCounts(), i.getVersion()))
                .toList();
    }
}
