package tw.museum.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.SearchCatalogTestApplication;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Bilingual;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;

/**
 * A museum node stops after a change is committed and before it is indexed; the next start indexes it.
 * The crashing run is told not to index (no after-commit indexing, no polling) and is then shut down, which
 * leaves the database and the index exactly as a crash at that moment would. An earlier record is already
 * indexed, so the restart cannot hide a lost change behind the rebuild of an empty index: only the
 * change feed can bring the record in. Runs against each backend.
 */
public abstract class IndexerCrashSafetyContract {

    @TempDir
    Path dataDir;

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** The backend's own settings, the same for every start of the node. */
    protected abstract List<String> backendArguments();

    /** Beans the backend needs besides its settings (the OpenSearch shim). */
    protected Class<?>[] backendBeans() {
        return new Class<?>[0];
    }

    /** Removes what the backend keeps outside the data folder. */
    protected void dropIndex(SearchIndex index) {
    }

    protected ConfigurableApplicationContext start(boolean indexing) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db/museum")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.jpa.open-in-view=false",
                "--museum.search.dir=" + dataDir.resolve("search"),
                "--museum.media.store-dir=" + dataDir.resolve("media"),
                "--museum.search.index-on-commit=" + indexing,
                "--museum.search.poll-interval=" + (indexing ? "1s" : "1h")));
        arguments.addAll(backendArguments());
        List<Class<?>> sources = new ArrayList<>(List.of(SearchCatalogTestApplication.class));
        sources.addAll(List.of(backendBeans()));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(arguments.toArray(String[]::new));
        started.add(context);
        return context;
    }

    @AfterEach
    void stopAll() {
        SecurityContextHolder.clearContext();
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    public void aChangeCommittedButNotIndexedIsIndexedOnTheNextStart() {
        String earlier = "EARLIER-" + System.nanoTime();
        String lost = "CRASH-" + System.nanoTime();
        signInAsCurator();

        try (ConfigurableApplicationContext normal = start(true)) {
            createPublished(normal, earlier, "先前已建索引的藏品");
            normal.getBean(CatalogIndexer.class).drain();
            assertThat(normal.getBean(ChangeFeed.class).backlog()).isZero();
        }

        try (ConfigurableApplicationContext crashing = start(false)) {
            createPublished(crashing, lost, "當機前存入的藏品");
            assertThat(crashing.getBean(ChangeFeed.class).backlog()).isEqualTo(2);
            SearchIndex index = crashing.getBean(SearchIndex.class);
            index.refresh();
            assertThat(find(index, lost, Audience.STAFF)).isEmpty();
            assertThat(find(index, earlier, Audience.PUBLIC)).containsExactly(earlier);
        }

        ConfigurableApplicationContext restarted = start(true);
        SearchIndex index = restarted.getBean(SearchIndex.class);
        try {
            index.refresh();
            assertThat(find(index, lost, Audience.PUBLIC)).containsExactly(lost);
            assertThat(find(index, earlier, Audience.PUBLIC)).containsExactly(earlier);
            assertThat(restarted.getBean(ChangeFeed.class).backlog()).isZero();
        } finally {
            dropIndex(index);
        }
    }

    /**
     * Once the indexer has acknowledged a change the feed forgets it, so the index alone must keep it: a
     * process killed right after the acknowledgement (nothing closed, nothing refreshed) must find it in
     * what the backend has made durable.
     */
    @Test
    public void anIndexedAndAcknowledgedChangeSurvivesACrash() {
        String kept = "ACKED-" + System.nanoTime();
        signInAsCurator();
        ConfigurableApplicationContext node = start(false);
        SearchIndex index = node.getBean(SearchIndex.class);
        try {
            createPublished(node, kept, "確認後當機的藏品");
            assertThat(node.getBean(CatalogIndexer.class).drain()).isEqualTo(2);
            assertThat(node.getBean(ChangeFeed.class).backlog()).isZero();
            assertThat(survivingACrash(index)).contains(kept);
        } finally {
            dropIndex(index);
        }
    }

    /**
     * The object numbers a crash of this process at this moment would leave in the index, read without
     * refreshing, committing or closing the running one.
     */
    protected abstract List<String> survivingACrash(SearchIndex index);

    private static void signInAsCurator() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("curator", null, "ROLE_CURATOR"));
    }

    private static void createPublished(ConfigurableApplicationContext context, String number, String title) {
        ArtifactService artifacts = context.getBean(ArtifactService.class);
        artifacts.create(new ArtifactData(number, Bilingual.of(title, null), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        artifacts.publish(number, null);
    }

    private static List<String> find(SearchIndex index, String number, Audience audience) {
        return index.search(SearchRequest.builder().query(number).audience(audience).build()).objectNumbers();
    }
}
