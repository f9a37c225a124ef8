package tw.museum.catalog.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.opendata.SharedSecrets;
import tw.museum.catalog.support.CatalogTestBase;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Reading the public side of the catalogue for harvesters, on H2 and on PostgreSQL. */
abstract class ArtifactHarvestContract extends CatalogTestBase {

    @Autowired ArtifactService artifacts;
    @Autowired ArtifactHarvest harvest;
    @Autowired TermService terms;
    @Autowired SharedSecrets secrets;

    String classification;

    @BeforeEach
    void classification() {
        classification = terms.create(Vocabulary.CLASSIFICATION,
                new TermData(unique("harvest"), Bilingual.of("收成", "harvest"), null, null, null)).code();
    }

    String create(String prefix) {
        String number = unique(prefix);
        artifacts.create(new ArtifactData(number, Bilingual.of("標題", "Title"), null, classification, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, List.of(),
                new RestrictedData("SHELF", "NOTE"), null));
        return number;
    }

    String published(String prefix) {
        String number = create(prefix);
        artifacts.publish(number, null);
        return number;
    }

    @Test
    void pagesInModificationOrderThroughPublishedAndOncePublishedWithdrawnRecordsOnly() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(published("H"));
        }
        String draft = create("H-DRAFT");
        String neverPublished = create("H-NEVER");
        artifacts.withdraw(neverPublished, null);
        String gone = expected.get(2);
        artifacts.withdraw(gone, null);
        HarvestQuery query = new HarvestQuery(classification, null, null, false);

        List<HarvestRecord> all = new ArrayList<>();
        HarvestCursor after = null;
        for (List<HarvestRecord> page = harvest.page(query, null, 3, true); !page.isEmpty();
             page = harvest.page(query, after, 3, true)) {
            all.addAll(page);
            after = page.get(page.size() - 1).cursor();
        }

        assertThat(all).extracting(HarvestRecord::objectNumber).containsExactlyInAnyOrderElementsOf(expected)
                .doesNotContain(draft, neverPublished);
        assertThat(all).isSortedAccordingTo((a, b) -> a.updatedAt().compareTo(b.updatedAt()) != 0
                ? a.updatedAt().compareTo(b.updatedAt()) : Long.compare(a.id(), b.id()));
        assertThat(all.get(all.size() - 1).objectNumber()).as("withdrawing is a change").isEqualTo(gone);
        assertThat(all).filteredOn(HarvestRecord::deleted).extracting(HarvestRecord::objectNumber).containsExactly(gone);
        assertThat(all).filteredOn(r -> !r.deleted()).allSatisfy(r -> {
            assertThat(r.view()).isNotNull();
            assertThat(r.classification()).isEqualTo(classification);
        });
        assertThat(harvest.count(query)).isEqualTo(7);
        assertThat(harvest.count(new HarvestQuery(classification, null, null, true))).isEqualTo(6);
        assertThat(harvest.page(new HarvestQuery(classification, null, null, false), null, 10, false))
                .allSatisfy(r -> assertThat(r.view()).isNull()).hasSize(7);

        assertThat(harvest.find(gone)).hasValueSatisfying(r -> assertThat(r.deleted()).isTrue());
        assertThat(harvest.find(expected.get(0))).hasValueSatisfying(r -> assertThat(r.view().title().zh()).isEqualTo("標題"));
        assertThat(harvest.find(draft)).isEmpty();
        assertThat(harvest.find(neverPublished)).isEmpty();
        assertThat(harvest.earliestChange()).isPresent();
    }

    @Test
    void timeWindowsIncludeFromAndExcludeBefore() {
        String first = published("H-T1");
        String second = published("H-T2");
        Instant firstAt = harvest.find(first).orElseThrow().updatedAt();
        Instant secondAt = harvest.find(second).orElseThrow().updatedAt();

        assertThat(harvest.page(new HarvestQuery(classification, secondAt, null, false), null, 10, false))
                .extracting(HarvestRecord::objectNumber).containsExactly(second);
        assertThat(harvest.page(new HarvestQuery(classification, null, secondAt, false), null, 10, false))
                .extracting(HarvestRecord::objectNumber).containsExactly(first);
        assertThat(harvest.page(new HarvestQuery(classification, firstAt, secondAt.plusNanos(1000), false), null, 10, false))
                .hasSize(2);
    }

    @Test
    void sharedSecretsAreCreatedOnceAndAgreedOn() {
        byte[] one = secrets.secret("test-" + unique("s"));
        assertThat(one).hasSize(32);
        String name = unique("shared");
        assertThat(secrets.secret(name)).isEqualTo(secrets.secret(name)).isNotEqualTo(one);
    }
}
