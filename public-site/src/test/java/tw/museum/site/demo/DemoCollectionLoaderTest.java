package tw.museum.site.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.museum.MuseumApplication;
import tw.museum.catalog.conservation.PublicTreatmentStory;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.exhibition.ExhibitionPhase;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.support.H2TestDatabase;

/** The first start of an empty museum loads the demo collection; later starts leave it alone. */
@SpringBootTest(classes = MuseumApplication.class, properties = {"museum.demo.enabled=true", "museum.demo.draft-count=10"})
class DemoCollectionLoaderTest {

    @Autowired ArtifactService artifacts;
    @Autowired AgentService agents;
    @Autowired DemoCollectionLoader loader;
    @Autowired LearningUnitService learningUnits;
    @Autowired LocationService locations;
    @Autowired MovementService movements;
    @Autowired ExhibitionService exhibitions;
    @Autowired TreatmentStoryService stories;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("museum-demo-test");
        registry.add("museum.data-dir", dataDir::toString);
        H2TestDatabase.register(registry);
    }

    @Test
    void loadsRealRecordsWithImagesOnceAndOnlyOnce() {
        assertThat(artifacts.count()).isEqualTo(304);
        assertThat(artifacts.countByStatus(ArtifactStatus.PUBLISHED)).isEqualTo(294);
        assertThat(artifacts.countByStatus(ArtifactStatus.DRAFT)).isEqualTo(10);
        assertThat(agents.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(223);

        ArtifactView photo = artifacts.get("2012.1799");
        assertThat(photo.title().zh()).isEqualTo("上環高陞街");
        assertThat(photo.title().en()).isEqualTo("Ko Shing Street, Sheung Wan");
        assertThat(photo.productionDate().earliestYear()).isEqualTo(1956);
        assertThat(photo.creditLine().en()).contains("source: M+ Museum, Hong Kong");
        assertThat(photo.makers()).isNotEmpty();
        assertThat(photo.media()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MediaKind.IMAGE);
            assertThat(m.primary()).isTrue();
            assertThat(m.width()).isEqualTo(ColourIllustration.WIDTH);
        });
        assertThat(artifacts.list(new ArtifactFilter("CA13/", null, null, null, null, null, null), PageRequest.of(0, 10))
                .getContent()).isNotEmpty();

        // a learning unit about demo records, public at once, leaving out the one that is a draft
        assertThat(learningUnits.findPublished("lamps-plastics-and-recycling")).hasValueSatisfying(unit -> {
            assertThat(unit.title().zh()).startsWith("從塑膠燈到寶特瓶燈");
            assertThat(unit.sections()).hasSize(3);
            assertThat(unit.artifacts()).extracting(a -> a.objectNumber()).contains("2016.518", "2019.383")
                    .hasSize(8);
        });

        // a small store: every object has a home shelf and is somewhere, a few are on show or in the studios
        assertThat(locations.get("MAIN-B1-S01").environment().zh()).contains("50%");
        assertThat(movements.whereAre(artifacts.list(ArtifactFilter.none(), PageRequest.of(0, 400)).map(ArtifactView::objectNumber)
                .getContent()).values()).hasSize(304).allSatisfy(w -> {
                    assertThat(w.home()).isNotNull();
                    assertThat(w.current().isRecorded()).isTrue();
                });
        assertThat(movements.objectsAt(locations.get("MAIN-3F-G1").id(), false, PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(6);
        assertThat(movements.awayFrom(locations.get("MAIN").id())).isEmpty();
        assertThat(movements.awayFrom(locations.get("MAIN-B1").id())).hasSize(9);
        // a past exhibition of demo objects and a published treatment story, reviewed by a second name
        assertThat(exhibitions.listPublished(ExhibitionPhase.PAST)).singleElement().satisfies(e -> {
            assertThat(e.title().zh()).startsWith("點亮城市");
            assertThat(exhibitions.findPublished(e.number()).orElseThrow().objects()).hasSize(4);
            assertThat(exhibitions.publishedFor("2015.304")).extracting(x -> x.number()).containsExactly(e.number());
        });
        assertThat(stories.listPublished()).singleElement().satisfies(s -> {
            PublicTreatmentStory story = stories.findPublished(s.id()).orElseThrow();
            assertThat(story.artifact().objectNumber()).isEqualTo("2015.304");
            assertThat(story.photos()).hasSize(2);
            assertThat(story.conservator()).isEqualTo("示範保存師 林");
            assertThat(stories.publicPhoto(s.id(), 2)).isPresent();
            assertThat(stories.get(s.id()).reviewedBy()).isNotEqualTo(stories.get(s.id()).submittedBy());
        });

        loader.run(new DefaultApplicationArguments());
        assertThat(artifacts.count()).isEqualTo(304);
        assertThat(learningUnits.list()).hasSize(1);
        assertThat(exhibitions.list()).hasSize(1);
        assertThat(stories.list()).hasSize(1);
    }
}
