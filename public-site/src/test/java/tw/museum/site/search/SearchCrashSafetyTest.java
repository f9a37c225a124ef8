package tw.museum.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.MuseumApplication;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Bilingual;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;

/**
 * A museum stops after a change is committed and before it is indexed; the next start indexes it. The
 * first run is told not to index (no after-commit indexing, no polling) and is then shut down, which
 * leaves the database exactly as a crash at that moment would: the change and its feed row committed,
 * the index without it.
 */
class SearchCrashSafetyTest {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext start(boolean indexing) {
        return new SpringApplicationBuilder(MuseumApplication.class).run(
                "--server.port=0",
                "--museum.data-dir=" + dataDir,
                "--museum.demo.enabled=false",
                "--museum.admin.password=crash-test-password",
                "--museum.search.index-on-commit=" + indexing,
                "--museum.search.poll-interval=" + (indexing ? "1s" : "1h"));
    }

    @Test
    void aChangeCommittedButNotIndexedIsIndexedOnTheNextStart() {
        String number = "CRASH-" + System.nanoTime();
        try (ConfigurableApplicationContext first = start(false)) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("curator", null, "ROLE_CURATOR"));
            ArtifactService artifacts = first.getBean(ArtifactService.class);
            artifacts.create(new ArtifactData(number, Bilingual.of("當機前存入的藏品", null), null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            artifacts.publish(number, null);
            assertThat(first.getBean(ChangeFeed.class).backlog()).isEqualTo(2);
            SearchIndex index = first.getBean(SearchIndex.class);
            index.refresh();
            assertThat(index.search(SearchRequest.builder().query(number).audience(Audience.STAFF).build()).total()).isZero();
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (ConfigurableApplicationContext second = start(true)) {
            SearchIndex index = second.getBean(SearchIndex.class);
            index.refresh();
            assertThat(index.search(SearchRequest.builder().query(number).audience(Audience.PUBLIC).build())
                    .objectNumbers()).containsExactly(number);
            assertThat(second.getBean(ChangeFeed.class).backlog()).isZero();
        }
    }
}
