package tw.museum.search.elastic;

import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.catalog.IndexerCrashSafetyContract;

/** The crash test against the real search server (the OpenSearch node of this build, or -Dsearch.it.url). */
class ElasticIndexerCrashSafetyTest extends IndexerCrashSafetyContract {

    private static final ElasticTestTarget TARGET = ElasticTestTarget.fromSystemProperties();
    private final String prefix = "it-crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Override
    protected List<String> backendArguments() {
        return List.of("--museum.search.backend=ELASTICSEARCH",
                "--museum.search.elastic.url=" + TARGET.url(),
                "--museum.search.elastic.index-prefix=" + prefix);
    }

    @Override
    protected Class<?>[] backendBeans() {
        return new Class<?>[] {TargetClient.class};
    }

    /** The server keeps what it answered for (its translog); a crash of this process loses nothing there. */
    @Override
    protected List<String> survivingACrash(SearchIndex index) {
        index.refresh();
        return index.search(SearchRequest.builder().audience(Audience.STAFF).pageSize(100).build()).objectNumbers();
    }

    @Override
    protected void dropIndex(SearchIndex index) {
        ((ElasticSearchIndex) index).dropAll();
    }

    @Configuration(proxyBeanMethods = false)
    static class TargetClient {
        @Bean
        ElasticHttpCustomizer targetHttpCustomizer() {
            ElasticHttpCustomizer customizer = TARGET.httpCustomizer();
            return customizer == null ? builder -> { } : customizer;
        }
    }
}
