package tw.museum.catalog.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.place.PlaceView;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;

/** People, places and vocabularies; written once, run on H2 and PostgreSQL. */
abstract class AuthorityContract extends CatalogTestBase {

    @Autowired TermService terms;
    @Autowired AgentService agents;
    @Autowired PlaceService places;
    @Autowired AuditLog audit;

    @Test
    void termsFormAHierarchyWithoutCycles() {
        String metal = unique("metal");
        String copper = unique("copper");
        terms.create(Vocabulary.MATERIAL, new TermData(metal, Bilingual.of("金屬", "metal"), null, null, null));
        TermView child = terms.create(Vocabulary.MATERIAL,
                new TermData(copper, Bilingual.of("銅", "copper"), Bilingual.of("紅銅", null), metal, null));
        assertThat(child.parentCode()).isEqualTo(metal);

        TermView parent = terms.get(Vocabulary.MATERIAL, metal);
        assertThatThrownBy(() -> terms.update(Vocabulary.MATERIAL, metal,
                new TermData(metal, Bilingual.of("金屬", "metal"), null, copper, parent.version())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("hierarchy-cycle"));
    }

    @Test
    void termCodesAreUniqueWithinAVocabularyAndWellFormed() {
        String code = unique("paper");
        terms.create(Vocabulary.MATERIAL, new TermData(code, Bilingual.of("紙", "paper"), null, null, null));
        // the same code in another vocabulary is a different term
        terms.create(Vocabulary.SUBJECT, new TermData(code, Bilingual.of("紙業", "paper industry"), null, null, null));

        assertThatThrownBy(() -> terms.create(Vocabulary.MATERIAL, new TermData(code, Bilingual.of("紙", null), null, null, null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("duplicate"));
        assertThatThrownBy(() -> terms.create(Vocabulary.MATERIAL, new TermData("Bad Code!", Bilingual.of(null, "x"), null, "nope", null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("code", "code-format"),
                                org.assertj.core.groups.Tuple.tuple("label.zh", "required"),
                                org.assertj.core.groups.Tuple.tuple("parentCode", "unknown-term")));
    }

    @Test
    void retiringATermKeepsItAndAuditsIt() {
        String code = unique("mould");
        terms.create(Vocabulary.CONDITION, new TermData(code, Bilingual.of("發霉", "mould"), null, null, null));
        TermView retired = terms.retire(Vocabulary.CONDITION, code);
        assertThat(retired.retired()).isTrue();
        assertThat(audit.history("term", "condition/" + code)).extracting(r -> r.action())
                .containsExactly(AuditAction.RETIRE, AuditAction.CREATE);
    }

    @Test
    void agentsAreSearchableAndEditedOnlyFromTheCurrentVersion() {
        String name = unique("林");
        AgentView created = agents.create(new AgentData(AgentKind.PERSON, Bilingual.of(name, "Lin"), "Lin",
                Bilingual.of("工程師", "engineer"), Bilingual.of("臺灣", "Taiwan"), 1920, 1990, unique("ext"), null));
        assertThat(agents.list(name, PageRequest.of(0, 10)).getContent()).extracting(AgentView::id).containsExactly(created.id());

        AgentView updated = agents.update(created.id(), new AgentData(AgentKind.PERSON, Bilingual.of(name, "Lin Y."),
                "Lin", null, null, 1920, 1990, created.externalId(), created.version()));
        assertThat(updated.name().en()).isEqualTo("Lin Y.");
        assertThatThrownBy(() -> agents.update(created.id(), new AgentData(AgentKind.PERSON, Bilingual.of(name, "stale"),
                null, null, null, null, null, null, created.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(agents.get(created.id()).name().en()).isEqualTo("Lin Y.");
    }

    @Test
    void agentsNeedAChineseNameAKindAndYearsInOrder() {
        String ext = unique("ext");
        agents.create(new AgentData(AgentKind.ORGANIZATION, Bilingual.of("大同", null), null, null, null, null, null, ext, null));
        assertThatThrownBy(() -> agents.create(new AgentData(null, Bilingual.of(null, "x"), null, null, null, 1990, 1900, ext, null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name.zh", "kind", "endYear", "externalId"));
    }

    @Test
    void placesNestAndCheckCoordinates() {
        PlaceView taiwan = places.create(new PlaceData(Bilingual.of("臺灣", "Taiwan"), null, null, null, null));
        PlaceView kaohsiung = places.create(new PlaceData(Bilingual.of("高雄市", "Kaohsiung"), taiwan.id(), 22.63, 120.30, null));
        assertThat(kaohsiung.parentId()).isEqualTo(taiwan.id());
        assertThatThrownBy(() -> places.update(taiwan.id(), new PlaceData(Bilingual.of("臺灣", "Taiwan"), kaohsiung.id(), null, null, taiwan.version())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("hierarchy-cycle"));
        assertThatThrownBy(() -> places.create(new PlaceData(Bilingual.of("某處", null), null, 91.0, 181.0, null)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("latitude", "longitude"));
    }
}
