package tw.museum.catalog.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.support.CatalogTestBase;

/** The location authority and movement control, on H2 and on PostgreSQL. */
abstract class LocationContract extends CatalogTestBase {

    @Autowired LocationService locations;
    @Autowired MovementService movements;
    @Autowired ArtifactService artifacts;
    @Autowired AuditLog audit;
    @Autowired PlatformTransactionManager transactions;

    LocationView location(String code, String zh, LocationKind kind, LocationView parent) {
        return locations.create(new LocationData(code, Bilingual.of(zh, zh + " (en)"), kind,
                parent == null ? null : parent.id(), Bilingual.of("20°C ±2，50%RH ±5", "20 °C ±2, 50 % RH ±5"), null));
    }

    /** A building with a floor, a store room, a cabinet and two shelves; codes unique to the test. */
    record Store(LocationView building, LocationView floor, LocationView room, LocationView cabinet,
                 LocationView shelf1, LocationView shelf2) {
    }

    Store store() {
        String p = unique("S").toUpperCase();
        LocationView building = location(p, "本館", LocationKind.BUILDING, null);
        LocationView floor = location(p + "-3F", "三樓", LocationKind.FLOOR, building);
        LocationView room = location(p + "-3F-R1", "第一庫房", LocationKind.STORE_ROOM, floor);
        LocationView cabinet = location(p + "-3F-R1-A", "A 櫃", LocationKind.CABINET, room);
        return new Store(building, floor, room, cabinet, location(p + "-3F-R1-A1", "第 1 層", LocationKind.SHELF, cabinet),
                location(p + "-3F-R1-A2", "第 2 層", LocationKind.SHELF, cabinet));
    }

    List<String> objects(int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            String number = unique("MV") + "-" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("收音機", "Radio"), null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null));
            return number;
        }).toList();
    }

    static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::code).toList();
    }

    // ---- the authority

    @Test
    void aLocationKnowsItsPlaceFromTheBuildingDown() {
        Store s = store();
        LocationView shelf = locations.get(s.shelf1().code());
        assertThat(shelf.fullName().zh()).isEqualTo("本館 › 三樓 › 第一庫房 › A 櫃 › 第 1 層");
        assertThat(shelf.ancestors()).extracting(LocationRef::code)
                .containsExactly(s.building().code(), s.floor().code(), s.room().code(), s.cabinet().code());
        assertThat(shelf.depth()).isEqualTo(5);
        assertThat(shelf.environment().en()).isEqualTo("20 °C ±2, 50 % RH ±5");
        assertThat(locations.children(s.cabinet().id())).extracting(LocationRef::code)
                .containsExactly(s.shelf1().code(), s.shelf2().code());
        assertThat(locations.subtree(s.room().id())).extracting(LocationRef::code)
                .containsExactly(s.room().code(), s.cabinet().code(), s.shelf1().code(), s.shelf2().code());
        assertThat(locations.findByCode(s.shelf1().code().toLowerCase())).isPresent(); // codes are typed in any case
        assertThat(audit.history(LocationService.AUDIT_TYPE, s.shelf1().code())).hasSize(1);
    }

    @Test
    void badLocationsAreRefusedWithEveryProblem() {
        Store s = store();
        assertThatThrownBy(() -> locations.create(new LocationData("bad code!", Bilingual.of(" ", null), null, 999_999_999L,
                null, null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                tuple("code", "location-code-format"), tuple("name.zh", "required"),
                                tuple("kind", "required"), tuple("parentId", "unknown-location")));
        assertThatThrownBy(() -> location(s.shelf1().code(), "重複", LocationKind.SHELF, s.cabinet()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems())).containsExactly("duplicate"));
        // a room cannot stand in a cabinet
        assertThatThrownBy(() -> location(unique("X").toUpperCase(), "庫房", LocationKind.STORE_ROOM, s.cabinet()))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(codes(e.problems())).containsExactly("location-kind-order"));
    }

    @Test
    void aCabinetMovedToAnotherRoomTakesItsShelvesAlong() {
        Store s = store();
        LocationView other = location(s.building().code() + "-R2", "第二庫房", LocationKind.STORE_ROOM, s.building());
        LocationView cabinet = locations.get(s.cabinet().id());
        locations.update(cabinet.id(), new LocationData(null, cabinet.name(), cabinet.kind(), other.id(),
                cabinet.environment(), cabinet.version()));
        assertThat(locations.get(s.shelf2().id()).fullName().zh()).isEqualTo("本館 › 第二庫房 › A 櫃 › 第 2 層");
        assertThat(locations.get(s.shelf2().id()).depth()).isEqualTo(4);
        assertThat(locations.subtree(other.id())).hasSize(4);
        assertThat(locations.subtree(s.room().id())).hasSize(1);
        // not inside itself, the code never changes, and an edit of an old version is refused
        LocationView moved = locations.get(cabinet.id());
        assertThatThrownBy(() -> locations.update(moved.id(), new LocationData("NEW-CODE", moved.name(), moved.kind(),
                s.shelf1().id(), null, moved.version())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems()))
                        .containsExactlyInAnyOrder("location-code-immutable", "location-cycle"));
        assertThatThrownBy(() -> locations.update(moved.id(), new LocationData(null, Bilingual.of("B 櫃", null), moved.kind(),
                other.id(), null, cabinet.version())))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aLocationInUseCannotBeRetired() {
        Store s = store();
        String a = objects(1).get(0);
        movements.move(MoveRequest.of(List.of(a), Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        assertThatThrownBy(() -> locations.retire(s.shelf1().id(), s.shelf1().version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems())).containsExactly("location-in-use"));
        assertThatThrownBy(() -> locations.retire(s.cabinet().id(), s.cabinet().version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems())).containsExactly("location-has-children"));
        LocationView retired = locations.retire(s.shelf2().id(), s.shelf2().version());
        assertThat(retired.retired()).isTrue();
        assertThatThrownBy(() -> movements.move(MoveRequest.of(List.of(a), Destination.at(s.shelf2().id()),
                MovementReason.STORAGE, null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems())).containsExactly("retired-location"));
        assertThat(locations.reinstate(s.shelf2().id(), retired.version()).retired()).isFalse();
    }

    // ---- movements

    @Test
    void everyMoveIsAMovementAndTheHistoryIsComplete() {
        Store s = store();
        String a = objects(1).get(0);
        assertThat(movements.whereIs(a).current().isRecorded()).isFalse();
        assertThat(movements.whereIs(a).version()).isZero();

        movements.move(new MoveRequest(List.of(a), Destination.at(s.shelf1().id()), MovementReason.ACQUISITION,
                "DO-2026-0001", "入藏", null, true));
        movements.move(MoveRequest.of(List.of(a), Destination.atCode(s.shelf2().code()), MovementReason.PHOTOGRAPHY, null));
        movements.move(MoveRequest.of(List.of(a), Destination.offSite("國立臺灣博物館 — 本館一樓"), MovementReason.LOAN, "LN-2026-0007"));

        ObjectLocation where = movements.whereIs(a);
        assertThat(where.current().isOffSite()).isTrue();
        assertThat(where.current().offSite()).isEqualTo("國立臺灣博物館 — 本館一樓");
        assertThat(where.home().code()).isEqualTo(s.shelf1().code());
        assertThat(where.reason()).isEqualTo(MovementReason.LOAN);
        assertThat(where.reference()).isEqualTo("LN-2026-0007");
        assertThat(where.awayFromHome()).isTrue();

        movements.move(MoveRequest.of(List.of(a), Destination.home(), MovementReason.LOAN, "LN-2026-0007"));
        assertThat(movements.whereIs(a).current().location().code()).isEqualTo(s.shelf1().code());

        List<MovementView> history = movements.history(a);
        assertThat(history).extracting(MovementView::reason).containsExactly(MovementReason.LOAN, MovementReason.LOAN,
                MovementReason.PHOTOGRAPHY, MovementReason.ACQUISITION);
        // each movement starts where the one before it ended: nothing is missing in between
        for (int i = 0; i < history.size() - 1; i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i + 1).to());
        }
        assertThat(history.get(3).from().isRecorded()).isFalse();
        assertThat(history.get(3).note()).isEqualTo("入藏");
        assertThat(history.get(3).recordedBy()).isEqualTo(CURATOR);
        assertThat(history.get(2).to().location().fullName().zh()).endsWith("A 櫃 › 第 2 層");
        assertThat(movements.whereIs(a).version()).isEqualTo(4);
    }

    @Test
    void objectsAlreadyThereAreNotMovedAgain() {
        Store s = store();
        List<String> list = objects(3);
        movements.move(MoveRequest.of(list.subList(0, 1), Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        MoveResult result = movements.move(MoveRequest.of(List.of(list.get(0), list.get(1), list.get(2), list.get(1)),
                Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        assertThat(result.alreadyThere()).containsExactly(list.get(0));
        assertThat(result.movements()).extracting(MovementView::objectNumber).containsExactlyInAnyOrder(list.get(1), list.get(2));
        assertThat(result.movements()).extracting(MovementView::batch).containsOnly(result.batch());
        assertThat(movements.batch(result.batch())).hasSize(2);
        assertThat(movements.history(list.get(0))).hasSize(1);
    }

    @Test
    void aBadMoveIsRefusedWithEveryProblemAndMovesNothing() {
        Store s = store();
        List<String> list = objects(2);
        assertThatThrownBy(() -> movements.move(new MoveRequest(List.of(list.get(0), "NO-SUCH-OBJECT", list.get(1), " "),
                new Destination(s.shelf1().id(), null, "somewhere", false), MovementReason.MIGRATED, "x".repeat(101), null,
                Instant.now().plus(Duration.ofDays(2)), true)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                tuple("reason", "not-one-of"), tuple("reference", "too-long"), tuple("movedAt", "date-future"),
                                tuple("to", "one-destination"), tuple("setHome", "home-needs-location"),
                                tuple("objectNumbers[1]", "unknown-object"), tuple("objectNumbers[3]", "required")));
        assertThat(movements.history(list.get(0))).isEmpty();
        assertThat(movements.whereIs(list.get(1)).current().isRecorded()).isFalse();
    }

    @Test
    void aMoveCannotBeDatedBeforeTheObjectsLastOne() {
        Store s = store();
        String a = objects(1).get(0);
        movements.move(MoveRequest.of(List.of(a), Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        assertThatThrownBy(() -> movements.move(new MoveRequest(List.of(a), Destination.at(s.shelf2().id()),
                MovementReason.STORAGE, null, null, Instant.now().minus(Duration.ofDays(3)), false)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(codes(e.problems()))
                        .containsExactly("moved-before-last"));
    }

    @Test
    void aSingleMoveBasedOnAnOldReadingIsRefused() {
        Store s = store();
        String a = objects(1).get(0);
        long seen = movements.whereIs(a).version();
        movements.moveOne(a, Destination.at(s.shelf1().id()), MovementReason.STORAGE, null, null, null, seen);
        assertThatThrownBy(() -> movements.moveOne(a, Destination.at(s.shelf2().id()), MovementReason.STORAGE, null, null,
                null, seen)).isInstanceOf(StaleVersionException.class);
        assertThat(movements.whereIs(a).current().location().id()).isEqualTo(s.shelf1().id());
        movements.moveOne(a, Destination.at(s.shelf2().id()), MovementReason.STORAGE, null, null, null, movements.whereIs(a).version());
        assertThat(movements.whereIs(a).current().location().id()).isEqualTo(s.shelf2().id());
    }

    @Test
    void aWholeShelfMovesInOneStepAndItsObjectsKeepTheirHome() {
        Store s = store();
        List<String> list = objects(5);
        movements.move(new MoveRequest(list, Destination.at(s.shelf1().id()), MovementReason.STORAGE, null, null, null, true));
        List<String> onShelf = movements.objectNumbersAt(s.shelf1().id(), false);
        assertThat(onShelf).containsExactlyInAnyOrderElementsOf(list);
        assertThat(movements.objectsAt(s.room().id(), true, PageRequest.of(0, 3)).getTotalElements()).isEqualTo(5);
        assertThat(movements.objectsAt(s.room().id(), false, PageRequest.of(0, 3)).getTotalElements()).isZero();

        MoveResult result = movements.move(MoveRequest.of(onShelf, Destination.at(s.shelf2().id()), MovementReason.CONSERVATION, "T-1"));
        assertThat(result.movements()).hasSize(5);
        assertThat(movements.countsAt(List.of(s.shelf1().id(), s.shelf2().id()))).containsEntry(s.shelf2().id(), 5)
                .doesNotContainKey(s.shelf1().id());
        assertThat(movements.awayFrom(s.shelf1().id())).extracting(ObjectAtLocation::objectNumber)
                .containsExactlyInAnyOrderElementsOf(list);
        assertThat(movements.awayFrom(s.cabinet().id())).isEmpty(); // away from the shelf, still in the cabinet

        movements.setHome(list.subList(0, 2), s.shelf2().id());
        assertThat(movements.whereIs(list.get(0)).awayFromHome()).isFalse();
        assertThat(audit.history(MovementService.HOME_AUDIT_TYPE, list.get(0))).hasSize(2);
        MoveResult back = movements.move(MoveRequest.of(list, Destination.home(), MovementReason.STORAGE, null));
        assertThat(back.alreadyThere()).containsExactlyInAnyOrder(list.get(0), list.get(1));
        assertThat(movements.objectNumbersAt(s.shelf1().id(), false)).containsExactlyInAnyOrderElementsOf(list.subList(2, 5));
        assertThat(audit.history(MovementService.AUDIT_TYPE, String.valueOf(back.batch()))).hasSize(1);
    }

    @Test
    void withoutAHomeAnObjectGoesBackToWhereItLastWas() {
        Store s = store();
        String a = objects(1).get(0);
        movements.move(MoveRequest.of(List.of(a), Destination.at(s.shelf2().id()), MovementReason.STORAGE, null));
        movements.move(MoveRequest.of(List.of(a), Destination.offSite("修復廠商"), MovementReason.CONSERVATION, null));
        movements.move(MoveRequest.of(List.of(a), Destination.home(), MovementReason.CONSERVATION, null));
        assertThat(movements.whereIs(a).current().location().id()).isEqualTo(s.shelf2().id());
    }

    /**
     * Two registrars move overlapping sets of objects at once, listed in opposite orders. The second waits
     * for the first (row locks in id order: no deadlock) and then starts from where the first put them, so
     * every object's history stays a chain. Without the locks the second would read the objects' old places
     * and write movements from where they no longer were.
     */
    @Test
    void concurrentMovesOfTheSameObjectsRunOneAfterTheOther() throws Exception {
        Store s = store();
        List<String> list = objects(6);
        movements.move(MoveRequest.of(list, Destination.at(s.shelf1().id()), MovementReason.STORAGE, null));
        List<String> reversed = new ArrayList<>(list);
        java.util.Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstMoved = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            TransactionTemplate tx = new TransactionTemplate(transactions);
            Future<?> first = pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("registrar.a", null));
                tx.executeWithoutResult(status -> {
                    movements.move(MoveRequest.of(list, Destination.at(s.shelf2().id()), MovementReason.STORAGE, "A"));
                    firstMoved.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(firstMoved.await(30, TimeUnit.SECONDS)).isTrue();
            Future<MoveResult> second = pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("registrar.b", null));
                return movements.move(MoveRequest.of(reversed.subList(0, 4), Destination.at(s.cabinet().id()),
                        MovementReason.STORAGE, "B"));
            });
            Thread.sleep(700);
            assertThat(second.isDone()).as("the second move waits for the first to commit").isFalse();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            MoveResult b = second.get(30, TimeUnit.SECONDS);
            assertThat(b.movements()).hasSize(4).allSatisfy(m -> assertThat(m.from().location().id()).isEqualTo(s.shelf2().id()));
        } finally {
            release(pool);
        }
        for (String n : list) {
            List<MovementView> history = movements.history(n);
            for (int i = 0; i < history.size() - 1; i++) {
                assertThat(history.get(i).from()).isEqualTo(history.get(i + 1).to());
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void release(ExecutorService pool) {
        pool.shutdownNow();
    }
}
