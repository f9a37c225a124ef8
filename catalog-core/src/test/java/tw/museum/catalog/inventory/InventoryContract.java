package tw.museum.catalog.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.catalog.support.CatalogTestBase;

/** Inventories: scanning, the comparison, decisions, completion and concurrency, on H2 and on PostgreSQL. */
abstract class InventoryContract extends CatalogTestBase {

    @Autowired InventoryService inventories;
    @Autowired LocationService locations;
    @Autowired MovementService movements;
    @Autowired ArtifactService artifacts;
    @Autowired AuditLog audit;

    /** A store room with a cabinet of two shelves, and a second room elsewhere; codes unique to the test. */
    record Store(LocationView room, LocationView cabinet, LocationView shelf1, LocationView shelf2, LocationView other) {
    }

    LocationView location(String code, String zh, LocationKind kind, LocationView parent) {
        return locations.create(new LocationData(code, Bilingual.of(zh, zh + " (en)"), kind,
                parent == null ? null : parent.id(), null, null));
    }

    Store store() {
        String p = unique("I").toUpperCase();
        LocationView building = location(p, "本館", LocationKind.BUILDING, null);
        LocationView room = location(p + "-R1", "第一庫房", LocationKind.STORE_ROOM, building);
        LocationView cabinet = location(p + "-R1-A", "A 櫃", LocationKind.CABINET, room);
        return new Store(room, cabinet, location(p + "-R1-A1", "第 1 層", LocationKind.SHELF, cabinet),
                location(p + "-R1-A2", "第 2 層", LocationKind.SHELF, cabinet),
                location(p + "-R2", "第二庫房", LocationKind.STORE_ROOM, building));
    }

    List<String> objectsAt(LocationView location, int n) {
        List<String> numbers = IntStream.range(0, n).mapToObj(i -> {
            String number = unique("IV") + "-" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("電晶體收音機", "Transistor radio"), null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            return number;
        }).toList();
        movements.move(MoveRequest.of(numbers, Destination.at(location.id()), MovementReason.STORAGE, null));
        return numbers;
    }

    static List<String> codes(InvalidRecordException e) {
        return e.problems().stream().map(FieldProblem::code).toList();
    }

    @Test
    void anInventoryFindsMissingMisplacedAndUnexpectedObjectsAndTheRegistrarConfirmsEach() {
        Store s = store();
        List<String> shelf1 = objectsAt(s.shelf1(), 3);
        List<String> shelf2 = objectsAt(s.shelf2(), 1);
        List<String> elsewhere = objectsAt(s.other(), 1);
        InventoryView started = inventories.start(s.room().code()).inventory();
        String number = started.number();
        assertThat(number).matches("INV-\\d{4}-\\d{4}");

        // the registrar stands at shelf 1: scans its label (the QR code holds the staff page's address), then objects
        ScanResult label = inventories.scan(number, "https://museum.example/staff/locations/" + s.shelf1().code(), null);
        assertThat(label.kind()).isEqualTo(ScanResult.Kind.LOCATION);
        assertThat(label.location().code()).isEqualTo(s.shelf1().code());
        assertThat(inventories.scan(number, shelf1.get(0), s.shelf1().code()).item().outcome()).isEqualTo(Outcome.FOUND);
        inventories.scan(number, shelf1.get(0), s.shelf1().code()); // scanned twice: still one item
        assertThat(inventories.scan(number, "/staff/artifacts/" + shelf1.get(1), s.shelf1().code()).item().outcome()).isEqualTo(Outcome.FOUND);
        // the shelf-2 object stands on shelf 1, the other room's object too; a label nobody knows
        ScanResult wrongShelf = inventories.scan(number, shelf2.get(0), s.shelf1().code());
        assertThat(wrongShelf.item().outcome()).isEqualTo(Outcome.MISPLACED);
        assertThat(wrongShelf.item().recorded().location().code()).isEqualTo(s.shelf2().code());
        assertThat(inventories.scan(number, elsewhere.get(0), s.shelf1().code()).item().outcome()).isEqualTo(Outcome.MISPLACED);
        ScanResult unknown = inventories.scan(number, "NO-SUCH-THING-42", s.shelf1().code());
        assertThat(unknown.kind()).isEqualTo(ScanResult.Kind.UNKNOWN);
        assertThat(unknown.item().outcome()).isEqualTo(Outcome.UNEXPECTED);

        InventoryReport report = inventories.report(number);
        List<String> misplaced = java.util.stream.Stream.of(elsewhere.get(0), shelf2.get(0)).sorted().toList();
        assertThat(report.items()).extracting(InventoryItem::key, InventoryItem::outcome).containsExactly(
                tuple(shelf1.get(2), Outcome.MISSING),
                tuple(misplaced.get(0), Outcome.MISPLACED), tuple(misplaced.get(1), Outcome.MISPLACED),
                tuple("NO-SUCH-THING-42", Outcome.UNEXPECTED),
                tuple(shelf1.get(0), Outcome.FOUND), tuple(shelf1.get(1), Outcome.FOUND));
        assertThat(report.counts()).isEqualTo(new InventoryCounts(3, 2, 1, 2, 1, 4));
        assertThat(inventories.counts(number)).isEqualTo(report.counts());
        assertThat(report.items()).filteredOn(i -> i.key().equals(shelf1.get(0))).singleElement().satisfies(i -> {
            assertThat(i.scanCount()).isEqualTo(2);
            assertThat(i.scannedBy()).isEqualTo(CURATOR);
            assertThat(i.foundAt().code()).isEqualTo(s.shelf1().code());
        });

        assertThatThrownBy(() -> inventories.complete(number, started.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("inventory-undecided"));
        assertThatThrownBy(() -> inventories.decide(number, shelf1.get(2), Decision.MOVED_HERE, null))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(codes(e)).containsExactly("inventory-decision-mismatch"));

        inventories.decide(number, shelf1.get(2), Decision.CONFIRMED_MISSING, "搜尋過 A 櫃");
        inventories.decide(number, elsewhere.get(0), Decision.MOVED_HERE, null);
        inventories.decide(number, shelf2.get(0), Decision.TO_BE_RETURNED, "放回第 2 層");
        inventories.decide(number, "NO-SUCH-THING-42", Decision.NOTED, null);
        assertThatThrownBy(() -> inventories.decide(number, elsewhere.get(0), Decision.TO_BE_RETURNED, null))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(codes(e)).containsExactly("inventory-already-moved"));

        // moved here: one movement, reason INVENTORY, the inventory as reference
        List<MovementView> history = movements.history(elsewhere.get(0));
        assertThat(history.get(0).to().location().code()).isEqualTo(s.shelf1().code());
        assertThat(history.get(0).from().location().code()).isEqualTo(s.other().code());
        assertThat(history.get(0).reason()).isEqualTo(MovementReason.INVENTORY);
        assertThat(history.get(0).reference()).isEqualTo(number);
        // to be returned: no movement, the record still says shelf 2
        assertThat(movements.whereIs(shelf2.get(0)).current().location().code()).isEqualTo(s.shelf2().code());

        InventoryReport decided = inventories.report(number);
        assertThat(decided.counts().undecided()).isZero();
        assertThat(inventories.counts(number)).isEqualTo(decided.counts());
        InventoryView completed = inventories.complete(number, inventories.get(number).version());
        assertThat(completed.status()).isEqualTo(InventoryStatus.COMPLETED);
        assertThat(completed.counts()).isEqualTo(new InventoryCounts(3, 2, 1, 2, 1, 0));

        // the record moves on; the completed report stays as it was
        movements.move(MoveRequest.of(List.of(shelf1.get(0), shelf1.get(2)), Destination.at(s.other().id()),
                MovementReason.EXHIBITION, null));
        InventoryReport stored = inventories.report(number);
        assertThat(stored.items()).extracting(InventoryItem::key, InventoryItem::outcome, InventoryItem::decision)
                .containsExactlyElementsOf(decided.items().stream()
                        .map(i -> tuple(i.key(), i.outcome(), i.decision())).toList());
        assertThat(stored.items()).filteredOn(i -> i.key().equals(shelf1.get(2))).singleElement()
                .satisfies(i -> {
                    assertThat(i.recorded().location().code()).isEqualTo(s.shelf1().code());
                    assertThat(i.decisionNote()).isEqualTo("搜尋過 A 櫃");
                });
        assertThat(stored.counts()).isEqualTo(completed.counts());
        assertThatThrownBy(() -> inventories.scan(number, shelf1.get(0), null))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("inventory-closed"));
        assertThat(audit.history(InventoryService.AUDIT_TYPE, number)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void anObjectConfirmedMissingAndThenFoundIsFound() {
        Store s = store();
        List<String> objects = objectsAt(s.shelf2(), 2);
        String number = inventories.start(s.shelf2().code()).inventory().number();
        assertThat(inventories.counts(number)).isEqualTo(new InventoryCounts(2, 0, 2, 0, 0, 2));
        assertThat(inventories.confirmAllMissing(number, null)).isEqualTo(2);
        assertThat(inventories.report(number).counts()).isEqualTo(new InventoryCounts(2, 0, 2, 0, 0, 0));
        assertThat(inventories.counts(number)).isEqualTo(new InventoryCounts(2, 0, 2, 0, 0, 0));
        assertThat(inventories.scan(number, objects.get(1), null).item().outcome()).isEqualTo(Outcome.FOUND);
        InventoryReport report = inventories.report(number);
        assertThat(report.counts()).isEqualTo(new InventoryCounts(2, 1, 1, 0, 0, 0));
        assertThat(inventories.counts(number)).isEqualTo(report.counts());
        assertThat(report.items()).filteredOn(i -> i.key().equals(objects.get(1))).singleElement()
                .satisfies(i -> assertThat(i.decision()).isNull());
        InventoryView done = inventories.complete(number, inventories.get(number).version());
        assertThat(done.counts()).isEqualTo(new InventoryCounts(2, 1, 1, 0, 0, 0));
    }

    @Test
    void whatScannersTypeIsReadInEveryForm() {
        Store s = store();
        String number = unique("IV") + "/3 (a), b+1"; // commas, spaces, parts and a plus: one encoded path segment
        artifacts.create(new ArtifactData(number, Bilingual.of("算盤", "Abacus"), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        movements.move(MoveRequest.of(List.of(number), Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        String inventory = inventories.start("L:" + s.cabinet().code().toLowerCase()).inventory().number();
        assertThat(inventories.get(inventory).location().code()).isEqualTo(s.cabinet().code());
        // a bare location code (keyboard wedge typing the barcode), in any case, with spaces around
        assertThat(inventories.scan(inventory, "  " + s.shelf1().code().toLowerCase() + " ", null).kind())
                .isEqualTo(ScanResult.Kind.LOCATION);
        // the object's QR code: its staff page, the number as one encoded path segment
        String url = "https://museum.example/staff/artifacts/"
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        ScanResult object = inventories.scan(inventory, url, s.shelf1().code());
        assertThat(object.kind()).isEqualTo(ScanResult.Kind.OBJECT);
        assertThat(object.item().objectNumber()).isEqualTo(number);
        assertThat(object.item().outcome()).isEqualTo(Outcome.FOUND);
        assertThat(inventories.scan(inventory, number, null).item().scanCount()).isEqualTo(2);
    }

    @Test
    void badScansAreRefusedClearlyAndStoreNothing() {
        Store s = store();
        String number = inventories.start(s.cabinet().code()).inventory().number();
        assertThatThrownBy(() -> inventories.scan(number, "   ", null))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("required"));
        assertThatThrownBy(() -> inventories.scan(number, "x".repeat(201), null))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("too-long"));
        // a shelf of another room is no place inside this inventory
        assertThatThrownBy(() -> inventories.scan(number, "L:" + s.other().code(), null))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(codes(e)).containsExactly("location-outside-inventory"));
        assertThatThrownBy(() -> inventories.scan(number, "ANYTHING", s.other().code()))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(codes(e)).containsExactly("location-outside-inventory"));
        assertThatThrownBy(() -> inventories.start("NO-SUCH-PLACE-" + System.nanoTime()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("unknown-location"));
        assertThat(inventories.report(number).items()).isEmpty();
        InventoryView view = inventories.get(number);
        assertThatThrownBy(() -> inventories.cancel(number, view.version() + 1)).isInstanceOf(StaleVersionException.class);
        assertThat(inventories.cancel(number, view.version()).status()).isEqualTo(InventoryStatus.CANCELLED);
        // cancelled: the cabinet is free for a new inventory
        assertThat(inventories.start(s.cabinet().code()).joined()).isFalse();
    }

    @Test
    void aSecondInventoryOfTheSameLocationJoinsAndOverlappingOnesAreRefused() {
        Store s = store();
        InventoryService.Started first = inventories.start(s.cabinet().code());
        InventoryService.Started again = inventories.start(s.cabinet().code());
        assertThat(again.joined()).isTrue();
        assertThat(again.inventory().number()).isEqualTo(first.inventory().number());
        assertThatThrownBy(() -> inventories.start(s.shelf1().code()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(codes(e)).containsExactly("inventory-overlaps");
                    assertThat(e.problems().get(0).arguments()).containsExactly(first.inventory().number());
                });
        assertThatThrownBy(() -> inventories.start(s.room().code()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e)).containsExactly("inventory-overlaps"));
        // another room is no overlap
        assertThat(inventories.start(s.other().code()).joined()).isFalse();
        assertThat(inventories.open()).extracting(InventoryView::number).contains(first.inventory().number());
    }

    @Test
    void concurrentStartsOfOneLocationMakeOneInventoryAndConcurrentScansAreAllKept() throws Exception {
        Store s = store();
        List<String> objects = objectsAt(s.shelf1(), 20);
        // three, not four: the test pool has four connections, and a year's first number takes a second one
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<InventoryService.Started>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String who = "registrar." + i;
                starts.add(pool.submit(as(who, () -> {
                    go.await(10, TimeUnit.SECONDS);
                    return inventories.start(s.shelf1().code());
                })));
            }
            go.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<InventoryService.Started> f : starts) {
                numbers.add(f.get(60, TimeUnit.SECONDS).inventory().number());
            }
            assertThat(numbers).containsOnly(numbers.get(0));
            String number = numbers.get(0);
            // three phones scan objects all at once, some objects scanned by two phones
            CountDownLatch scan = new CountDownLatch(1);
            List<Future<Integer>> phones = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                List<String> mine = new ArrayList<>(objects.subList(p * 7, Math.min(20, p * 7 + 7)));
                mine.add(objects.get((p * 7 + 9) % 20));
                phones.add(pool.submit(as("registrar." + p, () -> {
                    scan.await(10, TimeUnit.SECONDS);
                    mine.forEach(o -> inventories.scan(number, o, null));
                    return mine.size();
                })));
            }
            scan.countDown();
            for (Future<Integer> f : phones) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
            }
            InventoryReport report = inventories.report(number);
            assertThat(report.counts()).isEqualTo(new InventoryCounts(20, 20, 0, 0, 0, 0));
            assertThat(inventories.counts(number)).isEqualTo(report.counts());
            assertThat(report.items().stream().mapToInt(InventoryItem::scanCount).sum()).isEqualTo(23);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Callable<T> as(String who, Callable<T> work) {
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(who, null, "ROLE_REGISTRAR"));
            try {
                return work.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
