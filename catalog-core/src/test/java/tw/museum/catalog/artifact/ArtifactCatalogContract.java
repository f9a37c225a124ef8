package tw.museum.catalog.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.change.PendingChange;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.support.RealWorldObjectNumbers;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Cataloguing artifacts, written once and run on H2 and on PostgreSQL. */
abstract class ArtifactCatalogContract extends CatalogTestBase {

    @Autowired ArtifactService artifacts;
    @Autowired TermService terms;
    @Autowired AgentService agents;
    @Autowired PlaceService places;
    @Autowired ChangeFeed changes;

    String bronze;
    String wood;
    String instrument;
    String radio;
    long makerId;
    long placeId;

    @BeforeEach
    void vocabularies() {
        bronze = term(Vocabulary.MATERIAL, "bronze", "青銅", "bronze");
        wood = term(Vocabulary.MATERIAL, "wood", "木", "wood");
        instrument = term(Vocabulary.CLASSIFICATION, "instrument", "科學儀器", "Scientific instrument");
        radio = term(Vocabulary.OBJECT_NAME, "radio", "收音機", "radio");
        makerId = agents.create(new AgentData(AgentKind.ORGANIZATION, Bilingual.of("大同公司", "Tatung Company"),
                "Tatung", null, null, 1918, null, null, null)).id();
        placeId = places.create(new PlaceData(Bilingual.of("臺北市", "Taipei"), null, 25.04, 121.56, null)).id();
    }

    private String term(Vocabulary vocabulary, String code, String zh, String en) {
        String unique = unique(code);
        return terms.create(vocabulary, new TermData(unique, Bilingual.of(zh, en), null, null, null)).code();
    }

    ArtifactData radioData(String objectNumber) {
        return new ArtifactData(objectNumber, Bilingual.of("大同真空管收音機", "Tatung valve radio"), radio, instrument,
                Bilingual.of("木殼真空管收音機。", "Valve radio in a wooden case."),
                new ProductionDate(Bilingual.of("民國54年", "1965"), null, null), placeId,
                List.of(new MakerInput(makerId, Bilingual.of("製造", "manufacturer"))),
                List.of(wood, bronze), List.of(), List.of(),
                List.of(new Dimension(Bilingual.of("整體", "overall"), "height", new BigDecimal("32.5"), "cm")),
                null, Bilingual.of("1990 年購自私人藏家。", null), Bilingual.of("國立科學工藝博物館典藏", "Collection of NSTM"),
                "https://creativecommons.org/licenses/by/4.0/", null,
                List.of(new ExternalLink("https://example.org/radio", Bilingual.of("參考資料", "Reference"))),
                new RestrictedData("庫房 A-03", new BigDecimal("120000"), "TWD", "外殼有裂痕，勿外借。"), null);
    }

    @Test
    void createsAndReadsBackEveryField() {
        String number = unique("NSTM");
        ArtifactView created = artifacts.create(radioData(number));

        ArtifactView read = artifacts.get(number);
        assertThat(read).isEqualTo(created);
        assertThat(read.status()).isEqualTo(ArtifactStatus.DRAFT);
        assertThat(read.title()).isEqualTo(Bilingual.of("大同真空管收音機", "Tatung valve radio"));
        assertThat(read.objectName().code()).isEqualTo(radio);
        assertThat(read.classification().label().en()).isEqualTo("Scientific instrument");
        assertThat(read.productionDate().earliestYear()).isEqualTo(1965);
        assertThat(read.productionDate().latestYear()).isEqualTo(1965);
        assertThat(read.productionPlace().name().zh()).isEqualTo("臺北市");
        assertThat(read.makers()).singleElement().satisfies(m -> {
            assertThat(m.agentId()).isEqualTo(makerId);
            assertThat(m.role().en()).isEqualTo("manufacturer");
        });
        assertThat(read.materials()).extracting(t -> t.code()).containsExactly(wood, bronze);
        assertThat(read.dimensions()).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualByComparingTo("32.5");
            assertThat(d.unit()).isEqualTo("cm");
        });
        assertThat(read.links()).singleElement().extracting(ExternalLink::url).isEqualTo("https://example.org/radio");
        assertThat(read.restricted().storageLocation()).isEqualTo("庫房 A-03");
        assertThat(read.restricted().insuranceValue()).isEqualByComparingTo("120000");
        assertThat(read.createdBy()).isEqualTo(CURATOR);
        assertThat(read.version()).isZero();
    }

    @Test
    void refusesARecordWithoutAChineseTitleAndSaysWhichFieldsAreWrong() {
        ArtifactData data = radioData(unique("NSTM"));
        ArtifactData broken = new ArtifactData(data.objectNumber(), Bilingual.of(null, "English only"),
                "no-such-name", data.classification(), null, null, 999_999L,
                List.of(new MakerInput(888_888L, null)), List.of("no-such-material"), null, null,
                List.of(new Dimension(null, "girth", BigDecimal.ONE, "furlong")), null, null, null,
                "javascript:alert(1)", null, List.of(new ExternalLink("ftp://x", null)), null, null);

        assertThatThrownBy(() -> artifacts.create(broken))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("title.zh", "required"),
                                org.assertj.core.groups.Tuple.tuple("objectName", "unknown-term"),
                                org.assertj.core.groups.Tuple.tuple("productionPlaceId", "unknown-place"),
                                org.assertj.core.groups.Tuple.tuple("makers[0].agentId", "unknown-agent"),
                                org.assertj.core.groups.Tuple.tuple("materials[0]", "unknown-term"),
                                org.assertj.core.groups.Tuple.tuple("dimensions[0].aspect", "not-one-of"),
                                org.assertj.core.groups.Tuple.tuple("dimensions[0].unit", "not-one-of"),
                                org.assertj.core.groups.Tuple.tuple("licence", "url-format"),
                                org.assertj.core.groups.Tuple.tuple("links[0].url", "url-format")));
        assertThat(artifacts.exists(data.objectNumber())).isFalse();
    }

    @Test
    void refusesADuplicateObjectNumberAndKeepsTheFirstRecord() {
        String number = unique("NSTM");
        artifacts.create(radioData(number));
        ArtifactData other = radioData(number);

        assertThatThrownBy(() -> artifacts.create(other))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).contains("duplicate"));
        assertThat(artifacts.get(number).title().zh()).isEqualTo("大同真空管收音機");
    }

    @Test
    void acceptsTheObjectNumbersMuseumsUseButNotControlCharactersPathTricksOrStraySpaces() {
        for (String number : RealWorldObjectNumbers.ACCEPTED) {
            if (!artifacts.exists(number)) {
                artifacts.create(radioData(number));
            }
            assertThat(artifacts.get(number).objectNumber()).as(number).isEqualTo(number);
        }
        for (String bad : RealWorldObjectNumbers.REFUSED) {
            assertThatThrownBy(() -> artifacts.create(radioData(bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::code).containsAnyOf("object-number-format", "required"));
        }
    }

    @Test
    void updatesOnlyFromTheCurrentVersionAndNeverOverwritesSomeoneElsesChange() {
        String number = unique("NSTM");
        ArtifactView v0 = artifacts.create(radioData(number));
        ArtifactData firstEdit = withTitleAndVersion(radioData(number), "第一人修改", v0.version());
        ArtifactData staleEdit = withTitleAndVersion(radioData(number), "第二人修改", v0.version());

        ArtifactView v1 = artifacts.update(number, firstEdit);
        assertThatThrownBy(() -> artifacts.update(number, staleEdit))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.submittedVersion()).isEqualTo(v0.version());
                    assertThat(e.currentVersion()).isEqualTo(v1.version());
                });
        assertThat(artifacts.get(number).title().zh()).isEqualTo("第一人修改");
        assertThatThrownBy(() -> artifacts.update(number, withTitleAndVersion(radioData(number), "無版本", null)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void concurrentEditsOfTheSameVersionLetExactlyOneThrough() throws Exception {
        String number = unique("NSTM");
        long version = artifacts.create(radioData(number)).version();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> edits = List.of(
                    () -> tryUpdate(number, withTitleAndVersion(radioData(number), "甲", version), refused),
                    () -> tryUpdate(number, withTitleAndVersion(radioData(number), "乙", version), refused));
            long succeeded = 0;
            for (Future<Boolean> f : pool.invokeAll(edits)) {
                succeeded += f.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(refused).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(artifacts.get(number).version()).isEqualTo(version + 1);
    }

    private boolean tryUpdate(String number, ArtifactData data, AtomicInteger refused) {
        try {
            artifacts.update(number, data);
            return true;
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            refused.incrementAndGet();
            return false;
        }
    }

    @Test
    void objectNumbersCannotBeChangedByAnEdit() {
        String number = unique("NSTM");
        ArtifactView v0 = artifacts.create(radioData(number));
        ArtifactData renumbered = withTitleAndVersion(radioData(number + "X"), "改號", v0.version());
        assertThatThrownBy(() -> artifacts.update(number, renumbered))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).contains("immutable"));
    }

    @Test
    void keepsAnAuditTrailWithWhoWhenAndBeforeAndAfter() {
        String number = unique("NSTM");
        ArtifactView v0 = artifacts.create(radioData(number));
        artifacts.update(number, withTitleAndVersion(radioData(number), "修改後的名稱", v0.version()));
        artifacts.publish(number, null);

        List<AuditRecord> history = artifacts.history(number);
        assertThat(history).extracting(AuditRecord::action)
                .containsExactly(AuditAction.PUBLISH, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history).allSatisfy(r -> assertThat(r.actor()).isEqualTo(CURATOR));
        AuditRecord update = history.get(1);
        assertThat(update.changes()).anySatisfy(c -> {
            assertThat(c.path()).isEqualTo("/title/zh");
            assertThat(c.before()).isEqualTo("大同真空管收音機");
            assertThat(c.after()).isEqualTo("修改後的名稱");
        });
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.path()).isEqualTo("/status");
            assertThat(c.before()).isEqualTo("DRAFT");
            assertThat(c.after()).isEqualTo("PUBLISHED");
        });
    }

    @Test
    void onlyPublishedRecordsHaveAPublicViewAndItHoldsNoRestrictedField() {
        String number = unique("NSTM");
        artifacts.create(radioData(number));
        assertThat(artifacts.findPublished(number)).isEmpty();

        artifacts.publish(number, null);
        PublicArtifactView view = artifacts.findPublished(number).orElseThrow();
        assertThat(view.title().zh()).isEqualTo("大同真空管收音機");
        assertThat(PublicArtifactView.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("restricted", "storageLocation", "insuranceValue", "internalNotes", "createdBy",
                        "updatedBy");

        artifacts.withdraw(number, null);
        assertThat(artifacts.findPublished(number)).isEmpty();
        assertThat(artifacts.get(number).status()).isEqualTo(ArtifactStatus.WITHDRAWN);
    }

    @Test
    void listsWithFiltersAndPaging() {
        String prefix = unique("LST");
        for (int i = 0; i < 5; i++) {
            artifacts.create(radioData(prefix + "." + i));
        }
        artifacts.publish(prefix + ".0", null);
        artifacts.publish(prefix + ".1", null);

        var page = artifacts.list(new ArtifactFilter(prefix, null, instrument, makerId, wood, 1960, 1970),
                PageRequest.of(0, 2, Sort.by("objectNumber")));
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getContent()).extracting(ArtifactView::objectNumber).containsExactly(prefix + ".0", prefix + ".1");

        var published = artifacts.listPublished(new ArtifactFilter(prefix, null, null, null, null, null, null),
                PageRequest.of(0, 10, Sort.by("objectNumber")));
        assertThat(published.getContent()).extracting(PublicArtifactView::objectNumber)
                .containsExactly(prefix + ".0", prefix + ".1");
        assertThat(artifacts.list(new ArtifactFilter(prefix, null, null, null, null, 1970, 1980),
                PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(artifacts.list(new ArtifactFilter("100%_" + prefix, null, null, null, null, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void everyCommittedChangeAndOnlyThoseReachTheChangeFeed() {
        String number = unique("FEED");
        ArtifactView v0 = artifacts.create(radioData(number));
        artifacts.update(number, withTitleAndVersion(radioData(number), "改", v0.version()));
        artifacts.publish(number, null);
        assertThatThrownBy(() -> artifacts.create(radioData(number))).isInstanceOf(InvalidRecordException.class);

        List<PendingChange> mine = changes.pending(10_000).stream()
                .filter(c -> c.recordKey().equals(number)).toList();
        assertThat(mine).hasSize(3).allSatisfy(c -> assertThat(c.recordType()).isEqualTo(ChangeFeed.ARTIFACT));
        changes.acknowledge(mine);
        assertThat(changes.pending(10_000)).noneMatch(c -> c.recordKey().equals(number));
    }

    @Test
    void aRecordCanBeCreatedPublishedInOneStep() {
        String number = unique("PUB");
        ArtifactView created = artifacts.create(radioData(number), ArtifactStatus.PUBLISHED);
        assertThat(created.status()).isEqualTo(ArtifactStatus.PUBLISHED);
        assertThat(created.publishedAt()).isNotNull();
        assertThat(artifacts.findPublished(number)).isPresent();
        assertThat(artifacts.history(number)).extracting(AuditRecord::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void unknownObjectNumbersAreNotFound() {
        assertThatThrownBy(() -> artifacts.get("NO-SUCH-1")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> artifacts.publish("NO-SUCH-1", null)).isInstanceOf(RecordNotFoundException.class);
    }

    static ArtifactData withTitleAndVersion(ArtifactData d, String titleZh, Long version) {
        return new ArtifactData(d.objectNumber(), Bilingual.of(titleZh, d.title().en()), d.objectName(),
                d.classification(), d.description(), d.productionDate(), d.productionPlaceId(), d.makers(),
                d.materials(), d.techniques(), d.subjects(), d.dimensions(), d.inscription(), d.provenance(),
                d.creditLine(), d.licence(), d.rightsStatement(), d.links(), d.restricted(), version);
    }
}
