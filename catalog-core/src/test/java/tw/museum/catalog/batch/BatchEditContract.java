package tw.museum.catalog.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditRecord;
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
import tw.museum.catalog.support.MutableClock;
import tw.museum.catalog.support.MutableClockConfiguration;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * Batch edits on a real database, written once and run on H2 and PostgreSQL: the preview makes nothing and
 * says everything, the application changes each record through the catalogue's service with its audit entry
 * naming the batch, records edited since the preview are skipped, the undo puts everything back or refuses
 * with the records in the way, and workers on two nodes share a batch without doing a record twice.
 */
@Import(MutableClockConfiguration.class)
abstract class BatchEditContract extends CatalogTestBase {

    @Autowired BatchEditService batches;
    @Autowired BatchWorker worker;
    @Autowired BatchStore store;
    @Autowired BatchFields fields;
    @Autowired ArtifactService artifacts;
    @Autowired TermService terms;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MutableClock clock;
    @Autowired LocationService locations;
    @Autowired MovementService movements;

    String paper;
    String plastic;
    String retired;

    @BeforeEach
    void vocabulary() {
        paper = term(Vocabulary.MATERIAL, "paper", "紙", "paper");
        plastic = term(Vocabulary.MATERIAL, "plastic", "塑膠", "plastic");
        retired = term(Vocabulary.MATERIAL, "asbestos", "石綿", "asbestos");
        terms.retire(Vocabulary.MATERIAL, retired);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String term(Vocabulary vocabulary, String code, String zh, String en) {
        return terms.create(vocabulary, new TermData(unique(code), Bilingual.of(zh, en), null, null, null)).code();
    }

    private String artifact(String prefix, List<String> materials) {
        String number = unique(prefix);
        artifacts.create(new ArtifactData(number, Bilingual.of("海報 " + number, "Poster"), null, null, null, null, null,
                null, materials, null, null, null, null, null, Bilingual.of("原有捐贈", "Old credit"), null, null, null, null,
                null));
        return number;
    }

    private BatchView preview(String field, BatchOperation operation, BatchValue value, List<String> numbers) {
        BatchView created = batches.create(new BatchRequest(field, operation, value, numbers, "test"));
        assertThat(created.status()).isEqualTo(BatchStatus.PREVIEWING);
        worker.runPending();
        return batches.get(created.number());
    }

    private List<BatchItemView> items(BatchView batch) {
        return batches.items(batch.number(), null, PageRequest.of(0, 1000)).getContent();
    }

    private BatchItemView item(BatchView batch, String objectNumber) {
        return items(batch).stream().filter(i -> i.objectNumber().equals(objectNumber)).findFirst().orElseThrow();
    }

    private static List<String> codes(List<TermRef> refs) {
        return refs.stream().map(TermRef::code).toList();
    }

    private List<AuditRecord> batchEntries(String objectNumber, String batchNumber) {
        return artifacts.history(objectNumber).stream()
                .filter(h -> BatchEditService.cause(batchNumber).equals(h.cause())).toList();
    }

    @Test
    void thePreviewShowsEveryRecordAndChangesNothing() {
        String plain = artifact("P", List.of(paper));
        String already = artifact("A", List.of(plastic));
        String legacy = artifact("L", List.of());
        // a record from before today's rules (imported without a title): the catalogue refuses to save it as it is
        jdbc.update("UPDATE artifact SET title_zh = ' ' WHERE object_number = ?", legacy);
        long plainVersion = artifacts.get(plain).version();

        BatchView batch = preview("materials", BatchOperation.ADD, BatchValue.ofCodes(plastic),
                List.of(plain, already, legacy, "NO-SUCH-RECORD", plain));

        assertThat(batch.status()).isEqualTo(BatchStatus.PREVIEWED);
        assertThat(batch.total()).as("the repeated number counts once").isEqualTo(4);
        assertThat(batch.number()).matches("BE-\\d{4}-\\d{4}");
        BatchItemView ready = item(batch, plain);
        assertThat(ready.state()).isEqualTo(ItemState.READY);
        assertThat(ready.before().codes()).containsExactly(paper);
        assertThat(ready.after().codes()).containsExactly(paper, plastic);
        assertThat(ready.after().parts().get(1).label()).isEqualTo(Bilingual.of("塑膠", "plastic"));
        assertThat(ready.versionSeen()).isEqualTo(plainVersion);
        assertThat(item(batch, already).state()).isEqualTo(ItemState.UNCHANGED);
        BatchItemView refused = item(batch, legacy);
        assertThat(refused.state()).isEqualTo(ItemState.REFUSED);
        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title.zh", "required"));
        assertThat(item(batch, "NO-SUCH-RECORD").problems()).extracting(FieldProblem::code)
                .containsExactly("batch-record-missing");
        assertThat(batch.count(ItemState.READY)).isEqualTo(1);
        assertThat(batch.count(ItemState.REFUSED)).isEqualTo(2);

        // the preview really ran the change and rolled it back: nothing stored, nothing audited
        ArtifactView after = artifacts.get(plain);
        assertThat(after.version()).isEqualTo(plainVersion);
        assertThat(codes(after.materials())).containsExactly(paper);
        assertThat(batchEntries(plain, batch.number())).isEmpty();
    }

    @Test
    void applyingChangesEachReadyRecordThroughTheCatalogueAuditedOnBehalfOfWhoAppliedNamingTheBatch() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            numbers.add(artifact("B", List.of(paper)));
        }
        BatchView batch = preview("creditLine", BatchOperation.SET, BatchValue.ofText(Bilingual.of("王大明 捐贈", "Gift of Wang Da-ming")),
                numbers);
        assertThat(batch.count(ItemState.READY)).isEqualTo(7);
        assertThat(item(batch, numbers.get(0)).before().text()).isEqualTo(Bilingual.of("原有捐贈", "Old credit"));

        BatchView applying = batches.apply(batch.number(), batch.version());
        assertThat(applying.status()).isEqualTo(BatchStatus.APPLYING);
        assertThat(applying.appliedBy()).isEqualTo(CURATOR);
        assertThat(worker.runPending()).isEqualTo(7);

        BatchView done = batches.get(batch.number());
        assertThat(done.status()).isEqualTo(BatchStatus.APPLIED);
        assertThat(done.count(ItemState.APPLIED)).isEqualTo(7);
        assertThat(done.progress()).isEqualTo(new BatchProgress(7, 7));
        for (String n : numbers) {
            ArtifactView record = artifacts.get(n);
            assertThat(record.creditLine()).isEqualTo(Bilingual.of("王大明 捐贈", "Gift of Wang Da-ming"));
            assertThat(codes(record.materials())).as("the rest of the record is kept").containsExactly(paper);
            List<AuditRecord> entries = batchEntries(n, batch.number());
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entries.get(0).actor()).isEqualTo(CURATOR);
            assertThat(entries.get(0).changes()).anyMatch(c -> c.path().equals("/creditLine/zh") && "王大明 捐贈".equals(c.after()));
            assertThat(item(done, n).versionApplied()).isEqualTo(record.version());
        }
    }

    @Test
    void aRecordEditedSinceThePreviewIsSkippedWithTheReasonAndKeepsItsEdit() {
        String untouched = artifact("U", List.of(paper));
        String edited = artifact("E", List.of(paper));
        BatchView batch = preview("materials", BatchOperation.SET, BatchValue.ofCodes(plastic), List.of(untouched, edited));
        ArtifactView before = artifacts.get(edited);
        artifacts.update(edited, ArtifactData.of(before).withRights(Bilingual.of("編輯者的變更", null), null, null));

        batches.apply(batch.number(), batch.version());
        worker.runPending();

        BatchView done = batches.get(batch.number());
        assertThat(done.status()).isEqualTo(BatchStatus.APPLIED);
        assertThat(item(done, untouched).state()).isEqualTo(ItemState.APPLIED);
        BatchItemView skipped = item(done, edited);
        assertThat(skipped.state()).isEqualTo(ItemState.SKIPPED);
        assertThat(skipped.problems()).extracting(FieldProblem::code).containsExactly("batch-changed-since-preview");
        ArtifactView kept = artifacts.get(edited);
        assertThat(codes(kept.materials())).containsExactly(paper);
        assertThat(kept.creditLine().zh()).isEqualTo("編輯者的變更");
        assertThat(codes(artifacts.get(untouched).materials())).containsExactly(plastic);
    }

    @Test
    void theUndoPutsEveryRecordBackAndIsRefusedWhileARecordChangedSince() {
        String a = artifact("UA", List.of(paper));
        String b = artifact("UB", List.of(paper, plastic));
        BatchView batch = preview("materials", BatchOperation.REMOVE, BatchValue.ofCodes(paper), List.of(a, b));
        batches.apply(batch.number(), batch.version());
        worker.runPending();
        BatchView applied = batches.get(batch.number());
        assertThat(codes(artifacts.get(b).materials())).containsExactly(plastic);

        // someone edits b afterwards: undoing would overwrite their work, so nothing is undone
        ArtifactView edited = artifacts.update(b, ArtifactData.of(artifacts.get(b)).withRights(Bilingual.of("後來的編輯", null), null, null));
        assertThatThrownBy(() -> batches.undo(batch.number(), applied.version()))
                .isInstanceOfSatisfying(UndoBlockedException.class, e -> assertThat(e.blockers())
                        .containsExactly(new UndoBlockedException.Blocker(b, item(applied, b).versionApplied(), edited.version())));
        assertThat(batches.get(batch.number()).status()).isEqualTo(BatchStatus.APPLIED);
        assertThat(codes(artifacts.get(a).materials())).isEmpty();

        // a batch whose records were not touched since is undone, each record audited
        String c = artifact("UC", List.of(paper, plastic));
        BatchView second = preview("materials", BatchOperation.REMOVE, BatchValue.ofCodes(paper), List.of(a, c));
        assertThat(item(second, a).state()).isEqualTo(ItemState.UNCHANGED);
        batches.apply(second.number(), second.version());
        worker.runPending();
        BatchView secondApplied = batches.get(second.number());
        BatchView undoing = batches.undo(second.number(), secondApplied.version());
        assertThat(undoing.status()).isEqualTo(BatchStatus.UNDOING);
        assertThat(undoing.undoneBy()).isEqualTo(CURATOR);
        worker.runPending();
        BatchView undone = batches.get(second.number());
        assertThat(undone.status()).isEqualTo(BatchStatus.UNDONE);
        assertThat(undone.count(ItemState.UNDONE)).isEqualTo(1);
        assertThat(codes(artifacts.get(c).materials())).containsExactly(paper, plastic);
        assertThat(batchEntries(c, second.number())).hasSize(2);
        assertThatThrownBy(() -> batches.undo(second.number(), undone.version()))
                .isInstanceOf(IllegalBatchStepException.class);
    }

    @Test
    void publishingGoesThroughTheCatalogueAndItsUndoReturnsDraftsToDraft() {
        String draft = artifact("D", List.of());
        String withdrawn = artifact("W", List.of());
        artifacts.publish(withdrawn, null);
        artifacts.withdraw(withdrawn, null);
        String published = artifact("PUB", List.of());
        artifacts.publish(published, null);

        BatchView batch = preview("status", BatchOperation.SET, BatchValue.ofCodes("PUBLISHED"), List.of(draft, withdrawn, published));
        assertThat(item(batch, published).state()).isEqualTo(ItemState.UNCHANGED);
        assertThat(item(batch, draft).after().code()).isEqualTo("PUBLISHED");
        assertThat(artifacts.get(draft).status()).as("the preview publishes nothing").isEqualTo(ArtifactStatus.DRAFT);
        batches.apply(batch.number(), batch.version());
        worker.runPending();
        assertThat(artifacts.findPublished(draft)).isPresent();
        assertThat(artifacts.findPublished(withdrawn)).isPresent();
        assertThat(batchEntries(draft, batch.number())).extracting(AuditRecord::action).containsExactly(AuditAction.PUBLISH);

        BatchView applied = batches.get(batch.number());
        batches.undo(batch.number(), applied.version());
        worker.runPending();
        assertThat(artifacts.get(draft).status()).isEqualTo(ArtifactStatus.DRAFT);
        assertThat(artifacts.get(withdrawn).status()).isEqualTo(ArtifactStatus.WITHDRAWN);
        assertThat(artifacts.get(published).status()).isEqualTo(ArtifactStatus.PUBLISHED);
    }

    @Test
    void aBadRequestIsRefusedWithEveryProblemAndStoresNothing() {
        long before = batches.list(PageRequest.of(0, 1)).getTotalElements();
        assertThatThrownBy(() -> batches.create(new BatchRequest("materials", BatchOperation.ADD,
                BatchValue.ofCodes("no-such-term", retired), List.of(" ", "x".repeat(201)), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("value.codes[0]", "unknown-term"),
                                org.assertj.core.groups.Tuple.tuple("value.codes[1]", "batch-retired-term"),
                                org.assertj.core.groups.Tuple.tuple("objectNumbers[1]", "too-long"),
                                org.assertj.core.groups.Tuple.tuple("objectNumbers", "required")));
        assertThatThrownBy(() -> batches.create(new BatchRequest("status", BatchOperation.CLEAR, null, List.of("A"), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("operation"));
        assertThatThrownBy(() -> batches.create(new BatchRequest("status", BatchOperation.SET, BatchValue.ofCodes("DRAFT"),
                List.of("A"), ""))).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> batches.create(new BatchRequest("storageLocation", BatchOperation.SET, null, List.of("A"), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("field"));
        assertThatThrownBy(() -> batches.create(new BatchRequest("licence", BatchOperation.SET, BatchValue.ofCodes("javascript:alert(1)"),
                List.of("A"), ""))).isInstanceOf(InvalidRecordException.class);
        assertThat(batches.list(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        // removing a retired term is allowed: it is what retiring it is for
        assertThat(batches.create(new BatchRequest("materials", BatchOperation.REMOVE, BatchValue.ofCodes(retired),
                List.of("A"), "")).status()).isEqualTo(BatchStatus.PREVIEWING);
    }

    @Test
    void eachStepNeedsTheRightStatusAndTheCurrentVersion() {
        String n = artifact("S", List.of());
        BatchView created = batches.create(new BatchRequest("materials", BatchOperation.ADD, BatchValue.ofCodes(paper), List.of(n), ""));
        assertThatThrownBy(() -> batches.apply(created.number(), created.version()))
                .isInstanceOfSatisfying(IllegalBatchStepException.class, e -> assertThat(e.current()).isEqualTo(BatchStatus.PREVIEWING));
        worker.runPending();
        BatchView previewed = batches.get(created.number());
        assertThatThrownBy(() -> batches.apply(created.number(), created.version()))
                .as("a page showing the batch before its preview ended").isInstanceOf(StaleVersionException.class);
        batches.apply(previewed.number(), previewed.version());
        assertThatThrownBy(() -> batches.apply(previewed.number(), previewed.version() + 1))
                .isInstanceOf(IllegalBatchStepException.class);
        assertThatThrownBy(() -> batches.discard(previewed.number(), previewed.version() + 1))
                .isInstanceOf(IllegalBatchStepException.class);

        BatchView other = batches.create(new BatchRequest("materials", BatchOperation.ADD, BatchValue.ofCodes(paper), List.of(n), ""));
        BatchView discarded = batches.discard(other.number(), other.version());
        assertThat(discarded.status()).isEqualTo(BatchStatus.DISCARDED);
        worker.runPending();
        assertThat(batches.get(other.number()).count(ItemState.PREVIEW_PENDING)).as("a discarded preview stops").isEqualTo(1);
    }

    /** A store room with two shelves, codes unique to the test: {room, shelf 1, shelf 2}. */
    private List<LocationView> shelves() {
        String p = unique("BS").toUpperCase();
        LocationView room = locations.create(new LocationData(p, Bilingual.of("第一庫房", "Store 1"), LocationKind.STORE_ROOM,
                null, null, null));
        return List.of(room,
                locations.create(new LocationData(p + "-A1", Bilingual.of("A1 層", "Shelf A1"), LocationKind.SHELF, room.id(), null, null)),
                locations.create(new LocationData(p + "-A2", Bilingual.of("A2 層", "Shelf A2"), LocationKind.SHELF, room.id(), null, null)));
    }

    private static BatchValue moveTo(LocationView location, MovementReason reason) {
        return new BatchValue(List.of(location.code().toLowerCase()), null, reason.name());
    }

    @Test
    void aLocationBatchIsABulkMoveWithOneMovementEachNamingTheBatchAndItsUndoMovesThemBack() {
        List<LocationView> store = shelves();
        LocationView shelf1 = store.get(1);
        LocationView shelf2 = store.get(2);
        String a = artifact("MA", List.of());
        String b = artifact("MB", List.of());
        String unplaced = artifact("MU", List.of());
        String there = artifact("MT", List.of());
        movements.move(MoveRequest.of(List.of(a, b), Destination.at(shelf1.id()), MovementReason.STORAGE, null));
        movements.move(MoveRequest.of(List.of(there), Destination.at(shelf2.id()), MovementReason.STORAGE, null));
        long artifactVersion = artifacts.get(a).version();

        BatchView batch = preview("location", BatchOperation.SET, moveTo(shelf2, MovementReason.EXHIBITION),
                List.of(a, b, unplaced, there));
        assertThat(batch.status()).isEqualTo(BatchStatus.PREVIEWED);
        BatchItemView ready = item(batch, a);
        assertThat(ready.state()).isEqualTo(ItemState.READY);
        assertThat(ready.before().code()).isEqualTo(shelf1.code());
        assertThat(ready.after().code()).isEqualTo(shelf2.code());
        assertThat(ready.after().parts().get(0).label()).isEqualTo(shelf2.fullName());
        assertThat(ready.versionSeen()).isEqualTo(movements.whereIs(a).version());
        assertThat(item(batch, unplaced).state()).isEqualTo(ItemState.READY);
        assertThat(item(batch, unplaced).before().isEmpty()).isTrue();
        assertThat(item(batch, there).state()).isEqualTo(ItemState.UNCHANGED);
        assertThat(movements.history(a)).as("the preview moves nothing").hasSize(1);
        assertThat(movements.whereIs(a).current().location().id()).isEqualTo(shelf1.id());

        batches.apply(batch.number(), batch.version());
        assertThat(worker.runPending()).isEqualTo(3);
        BatchView applied = batches.get(batch.number());
        assertThat(applied.status()).isEqualTo(BatchStatus.APPLIED);
        for (String n : List.of(a, b, unplaced)) {
            assertThat(movements.whereIs(n).current().location().id()).as(n).isEqualTo(shelf2.id());
            List<MovementView> history = movements.history(n);
            MovementView latest = history.get(0);
            assertThat(latest.reason()).isEqualTo(MovementReason.EXHIBITION);
            assertThat(latest.reference()).as("the movement names the batch").isEqualTo(batch.number());
            assertThat(latest.recordedBy()).isEqualTo(CURATOR);
            assertThat(history.stream().filter(m -> batch.number().equals(m.reference()))).as("one movement each").hasSize(1);
            assertThat(item(applied, n).versionApplied()).isEqualTo(movements.whereIs(n).version());
        }
        assertThat(movements.history(there)).as("already there: no movement").hasSize(1);
        assertThat(artifacts.get(a).version()).as("a move is not an edit of the record").isEqualTo(artifactVersion);

        batches.undo(applied.number(), applied.version());
        worker.runPending();
        BatchView undone = batches.get(batch.number());
        assertThat(undone.status()).isEqualTo(BatchStatus.UNDONE);
        assertThat(movements.whereIs(a).current().location().id()).isEqualTo(shelf1.id());
        assertThat(movements.whereIs(b).current().location().id()).isEqualTo(shelf1.id());
        assertThat(movements.history(a).get(0).reason()).isEqualTo(MovementReason.OTHER);
        assertThat(movements.history(a).get(0).reference()).isEqualTo(batch.number());
        BatchItemView nowhere = item(undone, unplaced);
        assertThat(nowhere.state()).as("there is no moving back to 'not recorded'").isEqualTo(ItemState.UNDO_SKIPPED);
        assertThat(nowhere.problems()).extracting(FieldProblem::code).containsExactly("batch-location-not-restorable");
        assertThat(movements.whereIs(unplaced).current().location().id()).isEqualTo(shelf2.id());
    }

    @Test
    void anObjectMovedSinceThePreviewStaysWhereItWasPutAndBlocksTheUndoWhenMovedAfter() {
        List<LocationView> store = shelves();
        String moved = artifact("MM", List.of());
        String kept = artifact("MK", List.of());
        BatchView batch = preview("location", BatchOperation.SET, moveTo(store.get(1), MovementReason.STORAGE),
                List.of(moved, kept));
        movements.move(MoveRequest.of(List.of(moved), Destination.offSite("台北市立美術館"), MovementReason.LOAN, "L-1"));

        batches.apply(batch.number(), batch.version());
        worker.runPending();
        BatchView applied = batches.get(batch.number());
        assertThat(item(applied, moved).state()).isEqualTo(ItemState.SKIPPED);
        assertThat(item(applied, moved).problems()).extracting(FieldProblem::code).containsExactly("batch-changed-since-preview");
        assertThat(movements.whereIs(moved).current().offSite()).isEqualTo("台北市立美術館");
        assertThat(movements.whereIs(kept).current().location().id()).isEqualTo(store.get(1).id());

        movements.move(MoveRequest.of(List.of(kept), Destination.at(store.get(2).id()), MovementReason.PHOTOGRAPHY, null));
        assertThatThrownBy(() -> batches.undo(applied.number(), applied.version()))
                .isInstanceOfSatisfying(UndoBlockedException.class, e -> assertThat(e.blockers())
                        .extracting(UndoBlockedException.Blocker::objectNumber).containsExactly(kept));
        assertThat(movements.whereIs(kept).current().location().id()).isEqualTo(store.get(2).id());
    }

    @Test
    void aLocationBatchNeedsAnActiveLocationAndAReason() {
        List<LocationView> store = shelves();
        String n = artifact("MR", List.of());
        locations.retire(store.get(2).id(), store.get(2).version());
        assertThatThrownBy(() -> batches.create(new BatchRequest("location", BatchOperation.SET,
                new BatchValue(List.of("NO-SUCH-PLACE"), null, "TEAPARTY"), List.of(n), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("value.codes", "batch-unknown-location"),
                                org.assertj.core.groups.Tuple.tuple("value.reason", "not-one-of")));
        assertThatThrownBy(() -> batches.create(new BatchRequest("location", BatchOperation.SET,
                new BatchValue(List.of(store.get(2).code()), null, "MIGRATED"), List.of(n), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactlyInAnyOrder("batch-retired-location", "not-one-of"));
        assertThatThrownBy(() -> batches.create(new BatchRequest("location", BatchOperation.SET,
                BatchValue.ofCodes(store.get(1).code()), List.of(n), "")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("value.reason"));
        assertThatThrownBy(() -> batches.create(new BatchRequest("location", BatchOperation.CLEAR,
                moveTo(store.get(1), MovementReason.STORAGE), List.of(n), ""))).isInstanceOf(InvalidRecordException.class);
        assertThat(movements.history(n)).isEmpty();
    }

    @Test
    void twoNodesShareABatchAndNoRecordIsChangedTwice() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            numbers.add(artifact("N", List.of()));
        }
        BatchView batch = preview("materials", BatchOperation.ADD, BatchValue.ofCodes(paper), numbers);
        batches.apply(batch.number(), batch.version());
        BatchWorker first = new BatchWorker(store, fields, transactions, clock, 7, Duration.ofMinutes(2));
        BatchWorker second = new BatchWorker(store, fields, transactions, clock, 7, Duration.ofMinutes(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(first::runPending);
            Future<Integer> b = pool.submit(second::runPending);
            assertThat(a.get() + b.get()).isEqualTo(60);
            assertThat(a.get()).as("both nodes took part").isPositive();
            assertThat(b.get()).as("both nodes took part").isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(batches.get(batch.number()).count(ItemState.APPLIED)).isEqualTo(60);
        for (String n : numbers) {
            assertThat(batchEntries(n, batch.number())).as(n).hasSize(1);
            assertThat(artifacts.get(n).version()).isEqualTo(item(batch, n).versionSeen() + 1);
        }
    }

    @Test
    void recordsClaimedByANodeThatDiedAreTakenAgainAfterTheLease() {
        String n = artifact("L", List.of());
        BatchView batch = preview("materials", BatchOperation.ADD, BatchValue.ofCodes(paper), List.of(n));
        batches.apply(batch.number(), batch.version());
        long id = store.find(batch.number()).orElseThrow().id();
        // a node claims the record and dies before changing it
        assertThat(store.claim(id, ItemState.READY, "dead-node", "dead-token", clock.instant(),
                clock.instant().plus(Duration.ofMinutes(2)), 10)).hasSize(1);
        assertThat(worker.runPending()).as("within the lease nobody else takes it").isZero();
        assertThat(batches.get(batch.number()).status()).isEqualTo(BatchStatus.APPLYING);

        clock.advance(Duration.ofMinutes(3));
        assertThat(worker.runPending()).isEqualTo(1);
        assertThat(batches.get(batch.number()).status()).isEqualTo(BatchStatus.APPLIED);
        assertThat(codes(artifacts.get(n).materials())).containsExactly(paper);
        // the dead node's late write finds the item no longer its own
        assertThat(store.record(id, 1, "dead-token", ItemState.READY, ItemResult.applied(99))).isFalse();
    }
}
