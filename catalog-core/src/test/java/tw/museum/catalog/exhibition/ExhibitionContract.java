package tw.museum.catalog.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.IllegalStepException;
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
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tw.museum.catalog.support.CatalogTestBase;

/** Exhibitions and their object lists, written once for H2 and PostgreSQL. */
abstract class ExhibitionContract extends CatalogTestBase {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Autowired ExhibitionService exhibitions;
    @Autowired ArtifactService artifacts;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    /** A building with a store room (the objects' home) and a gallery; codes unique to the test. */
    record Places(LocationView store, LocationView gallery) {
    }

    Places places() {
        String p = unique("EXB").toUpperCase();
        LocationView building = locations.create(new LocationData(p, Bilingual.of("本館", "Main building"),
                LocationKind.BUILDING, null, null, null));
        LocationView store = locations.create(new LocationData(p + "-R1", Bilingual.of("第一庫房", "Store 1"),
                LocationKind.STORE_ROOM, building.id(), null, null));
        LocationView gallery = locations.create(new LocationData(p + "-G2", Bilingual.of("第二特展室", "Gallery 2"),
                LocationKind.GALLERY, building.id(), null, null));
        return new Places(store, gallery);
    }

    /** Objects living in the store room, placed there. */
    String stored(Places places, String title) {
        String number = artifact(ArtifactStatus.PUBLISHED, title);
        movements.move(new MoveRequest(List.of(number), Destination.at(places.store().id()), MovementReason.STORAGE,
                null, null, null, true));
        return number;
    }

    static ExhibitionData at(String location, Long version, ExhibitData... objects) {
        ExhibitionData d = data(today(), today().plusMonths(3), version, objects);
        return new ExhibitionData(d.title(), d.description(), d.venue(), d.kind(), d.curator(), d.opensOn(), d.closesOn(),
                location, d.objects(), version);
    }

    String artifact(ArtifactStatus status, String title) {
        String number = unique("EXO") + "/1";
        artifacts.create(new ArtifactData(number, Bilingual.of(title, null), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null), status);
        return number;
    }

    static ExhibitionData data(LocalDate opens, LocalDate closes, Long version, ExhibitData... objects) {
        return new ExhibitionData(Bilingual.of("臺灣製造：收音機的年代", "Made in Taiwan: the radio years"),
                Bilingual.of("從真空管到電晶體。", "From valves to transistors."),
                Bilingual.of("本館三樓第二特展室", "Gallery 2, 3rd floor"), ExhibitionKind.IN_HOUSE, "策展人 林",
                opens, closes, null, List.of(objects), version);
    }

    static ExhibitData exhibit(String objectNumber, String label, String notes) {
        return new ExhibitData(objectNumber, Bilingual.of(label, null), notes);
    }

    static LocalDate today() {
        return LocalDate.now(TAIPEI);
    }

    @Test
    void anExhibitionGetsANumberKeepsItsObjectsInOrderAndItsHistory() {
        String radio = artifact(ArtifactStatus.PUBLISHED, "收音機");
        String tv = artifact(ArtifactStatus.PUBLISHED, "電視機");
        ExhibitionView created = exhibitions.create(data(today(), today().plusMonths(3), null,
                exhibit(radio, "大同收音機，1960 年代", "展櫃 A3，照度 50 lux"), exhibit(tv, null, null)));
        assertThat(created.number()).matches("EX-\\d{4}-\\d{4}");
        assertThat(created.published()).isFalse();
        assertThat(created.installation()).isEqualTo(Installation.PLANNED);
        assertThat(created.phase()).isEqualTo(ExhibitionPhase.CURRENT);
        assertThat(created.objects()).extracting(ExhibitView::objectNumber, ExhibitView::displayNotes)
                .containsExactly(tuple(radio, "展櫃 A3，照度 50 lux"), tuple(tv, null));

        ExhibitionView moved = exhibitions.moveObject(created.number(), 1, -1, created.version());
        assertThat(moved.objects()).extracting(ExhibitView::objectNumber).containsExactly(tv, radio);
        ExhibitionView edited = exhibitions.update(created.number().toLowerCase(), data(today(), today().plusMonths(3),
                moved.version(), exhibit(radio, "大同收音機", "展櫃 A4"), exhibit(tv, null, null)));
        assertThat(edited.objects()).extracting(ExhibitView::objectNumber, ExhibitView::displayNotes)
                .containsExactly(tuple(radio, "展櫃 A4"), tuple(tv, null));

        List<AuditRecord> history = exhibitions.history(created.number());
        assertThat(history).extracting(AuditRecord::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.path()).isEqualTo("/objects");
            assertThat(c.before()).contains("展櫃 A3");
            assertThat(c.after()).contains("展櫃 A4");
        });
        assertThat(history.get(0).actor()).isEqualTo(CURATOR);
    }

    @Test
    void badExhibitionsAreRefusedWithEveryProblemAtOnce() {
        String radio = artifact(ArtifactStatus.PUBLISHED, "收音機");
        ExhibitionData bad = new ExhibitionData(Bilingual.of(null, "English only"), null, null, null, null,
                today(), today().minusDays(1), null,
                List.of(exhibit(radio, null, null), exhibit("NO-SUCH-OBJECT", null, null), exhibit(radio, null, null),
                        exhibit(" ", null, null)), null);
        assertThatThrownBy(() -> exhibitions.create(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("title.zh", "required"), tuple("kind", "required"), tuple("closesOn", "before-opening"),
                        tuple("objects[1].objectNumber", "unknown-artifact"),
                        tuple("objects[2].objectNumber", "listed-twice"), tuple("objects[3].objectNumber", "required")));
        ExhibitionData noDate = new ExhibitionData(Bilingual.of("展", null), null, null, ExhibitionKind.TRAVELLING, null,
                null, null, null, List.of(), null);
        assertThatThrownBy(() -> exhibitions.create(noDate)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("opensOn"));
    }

    @Test
    void anEditOnAnOlderVersionIsRefusedAndLosesNothing() {
        String radio = artifact(ArtifactStatus.PUBLISHED, "收音機");
        ExhibitionView created = exhibitions.create(data(today(), null, null, exhibit(radio, "標籤", null)));
        ExhibitionView first = exhibitions.update(created.number(), data(today(), null, created.version(),
                exhibit(radio, "第一個人改的標籤", null)));
        assertThatThrownBy(() -> exhibitions.update(created.number(), data(today(), null, created.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> exhibitions.moveObject(created.number(), 0, 1, created.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> exhibitions.publish(created.number(), null)).isInstanceOf(StaleVersionException.class);
        assertThat(exhibitions.get(created.number()).objects()).extracting(o -> o.label().zh())
                .containsExactly("第一個人改的標籤");
        assertThatThrownBy(() -> exhibitions.moveObject(created.number(), 0, 1, first.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("objects[0]"));
    }

    @Test
    void thePublicSeesPublishedExhibitionsWithTheirPublishedObjectsOnly() {
        String radio = artifact(ArtifactStatus.PUBLISHED, "收音機");
        String draft = artifact(ArtifactStatus.DRAFT, "DRAFTOBJECT");
        ExhibitionView current = exhibitions.create(data(today().minusDays(10), today().plusDays(10), null,
                exhibit(radio, "公開標籤", "SECRET-NOTES"), exhibit(draft, "草稿標籤", null)));
        ExhibitionView past = exhibitions.create(data(today().minusYears(2), today().minusYears(1), null, exhibit(radio, null, null)));
        ExhibitionView upcoming = exhibitions.create(data(today().plusMonths(1), null, null, exhibit(radio, null, null)));
        ExhibitionView unpublished = exhibitions.create(data(today().minusDays(1), null, null, exhibit(radio, null, null)));

        assertThat(exhibitions.findPublished(current.number())).isEmpty();
        for (ExhibitionView e : List.of(current, past, upcoming)) {
            exhibitions.publish(e.number(), e.version());
        }
        PublicExhibitionView shown = exhibitions.findPublished(current.number().toLowerCase()).orElseThrow();
        assertThat(shown.phase()).isEqualTo(ExhibitionPhase.CURRENT);
        assertThat(shown.objects()).extracting(o -> o.artifact().objectNumber()).containsExactly(radio);
        assertThat(shown.objects().get(0).label().zh()).isEqualTo("公開標籤");
        assertThat(shown.toString()).doesNotContain("SECRET-NOTES", "DRAFTOBJECT");

        assertThat(exhibitions.listPublished(ExhibitionPhase.PAST)).extracting(ExhibitionSummary::number).contains(past.number())
                .doesNotContain(current.number(), upcoming.number());
        assertThat(exhibitions.listPublished(ExhibitionPhase.UPCOMING)).extracting(ExhibitionSummary::number)
                .contains(upcoming.number()).doesNotContain(past.number());
        assertThat(exhibitions.listPublished(null)).extracting(ExhibitionSummary::number)
                .contains(current.number(), past.number(), upcoming.number()).doesNotContain(unpublished.number());
        assertThat(exhibitions.publishedFor(radio)).extracting(ExhibitionSummary::number)
                .containsExactlyInAnyOrder(current.number(), past.number(), upcoming.number());
        assertThat(exhibitions.publishedFor(draft)).isEmpty();
        assertThat(exhibitions.findPublished(unpublished.number())).isEmpty();
        assertThat(exhibitions.findPublished("EX-1999-9999")).isEmpty();

        ExhibitionView withdrawn = exhibitions.unpublish(current.number(), exhibitions.get(current.number()).version());
        assertThat(withdrawn.published()).isFalse();
        assertThat(exhibitions.findPublished(current.number())).isEmpty();
        assertThat(exhibitions.publishedFor(radio)).extracting(ExhibitionSummary::number).doesNotContain(current.number());
        assertThat(exhibitions.forArtifact(radio)).extracting(ArtifactExhibition::number)
                .contains(current.number(), unpublished.number());
    }

    @Test
    void installingMovesEachObjectToTheGalleryAndClosingBringsThemHome() {
        Places places = places();
        String radio = stored(places, "收音機");
        String tv = stored(places, "電視機");
        String lamp = stored(places, "檯燈");
        ExhibitionView e = exhibitions.create(at(places.gallery().code().toLowerCase(), null,
                exhibit(radio, null, null), exhibit(tv, null, null)));
        assertThat(e.location()).isEqualTo(places.gallery().code());
        assertThat(e.locationName().zh()).contains("第二特展室");

        ExhibitionView installed = exhibitions.install(e.number(), e.version());
        assertThat(installed.installation()).isEqualTo(Installation.INSTALLED);
        assertThat(installed.objects()).allSatisfy(o -> assertThat(o.onDisplay()).isTrue());
        for (String n : List.of(radio, tv)) {
            assertThat(movements.whereIs(n).current().location().id()).isEqualTo(places.gallery().id());
            MovementView last = movements.history(n).get(0);
            assertThat(last.reason()).isEqualTo(MovementReason.EXHIBITION);
            assertThat(last.reference()).isEqualTo(e.number());
            assertThat(last.from().location().id()).isEqualTo(places.store().id());
        }
        // the home stays the store; a location change while installed is refused
        assertThat(movements.whereIs(radio).home().id()).isEqualTo(places.store().id());
        assertThatThrownBy(() -> exhibitions.update(e.number(), at(places.store().code(), installed.version(),
                exhibit(radio, null, null), exhibit(tv, null, null)))).isInstanceOfSatisfying(InvalidRecordException.class,
                ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("location"));

        // an object added later goes up with the next installation; one taken off the list goes home at once
        ExhibitionView edited = exhibitions.update(e.number(), at(places.gallery().code(), installed.version(),
                exhibit(radio, null, null), exhibit(lamp, null, null)));
        assertThat(movements.whereIs(tv).current().location().id()).isEqualTo(places.store().id());
        assertThat(movements.whereIs(lamp).current().location().id()).isEqualTo(places.store().id());
        ExhibitionView again = exhibitions.install(e.number(), edited.version());
        assertThat(movements.whereIs(lamp).current().location().id()).isEqualTo(places.gallery().id());
        assertThat(movements.history(radio)).filteredOn(m -> m.reason() == MovementReason.EXHIBITION).hasSize(1);

        ExhibitionView closed = exhibitions.close(e.number(), again.version());
        assertThat(closed.installation()).isEqualTo(Installation.CLOSED);
        assertThat(closed.objects()).allSatisfy(o -> assertThat(o.returnedAt()).isNotNull());
        for (String n : List.of(radio, lamp)) {
            assertThat(movements.whereIs(n).current().location().id()).isEqualTo(places.store().id());
            assertThat(movements.history(n).get(0).reference()).isEqualTo(e.number());
        }
        assertThatThrownBy(() -> exhibitions.install(e.number(), closed.version())).isInstanceOf(IllegalStepException.class);
        assertThatThrownBy(() -> exhibitions.close(e.number(), closed.version())).isInstanceOf(IllegalStepException.class);
        assertThat(exhibitions.forArtifact(radio)).singleElement().satisfies(a -> {
            assertThat(a.installedAt()).isNotNull();
            assertThat(a.returnedAt()).isNotNull();
        });
    }

    @Test
    void anObjectOnShowElsewhereOrOnLoanIsNotInstalledAndNothingMoves() {
        Places places = places();
        String radio = stored(places, "收音機");
        String tv = stored(places, "電視機");
        ExhibitionView first = exhibitions.create(at(places.gallery().code(), null, exhibit(radio, null, null)));
        exhibitions.install(first.number(), first.version());
        movements.move(new MoveRequest(List.of(tv), Destination.offSite("國立臺灣博物館 — 一樓"), MovementReason.LOAN,
                "LN-2026-0001", null, null, false));
        ExhibitionView second = exhibitions.create(at(places.gallery().code(), null, exhibit(tv, null, null),
                exhibit(radio, null, null)));
        assertThatThrownBy(() -> exhibitions.install(second.number(), second.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                tuple("objects[0]", "out-on-loan"), tuple("objects[1]", "on-display-elsewhere")));
        assertThat(movements.whereIs(tv).current().isOffSite()).isTrue();
        assertThat(exhibitions.get(second.number()).installation()).isEqualTo(Installation.PLANNED);

        ExhibitionView nowhere = exhibitions.create(data(today(), null, null, exhibit(radio, null, null)));
        assertThatThrownBy(() -> exhibitions.install(nowhere.number(), nowhere.version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("location"));
        assertThatThrownBy(() -> exhibitions.create(at("NO-SUCH-PLACE", null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(tuple("location", "unknown-location")));
    }

    @Test
    void twoExhibitionsInstallingTheSameObjectAtOnceCannotBothHaveIt() throws Exception {
        Places places = places();
        for (int round = 0; round < 3; round++) {
            String radio = stored(places, "收音機");
            List<ExhibitionView> rivals = List.of(
                    exhibitions.create(at(places.gallery().code(), null, exhibit(radio, null, null))),
                    exhibitions.create(at(places.gallery().code(), null, exhibit(radio, null, null))));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (ExhibitionView rival : rivals) {
                    results.add(pool.submit(() -> {
                        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                                new org.springframework.security.authentication.TestingAuthenticationToken("registrar", null));
                        start.await();
                        try {
                            exhibitions.install(rival.number(), rival.version());
                            return true;
                        } catch (InvalidRecordException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int installed = 0;
                for (Future<Boolean> f : results) {
                    installed += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(installed).isEqualTo(1);
                assertThat(movements.history(radio)).filteredOn(m -> m.reason() == MovementReason.EXHIBITION).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
