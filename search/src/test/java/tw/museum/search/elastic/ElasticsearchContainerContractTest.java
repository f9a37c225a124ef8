package tw.museum.search.elastic;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.contract.SearchIndexContractTest;

/**
 * The contract suite against a real Elasticsearch 9.2 (the version elasticsearch-java 9.2.8 targets) with the
 * analysis-icu plugin, in a container. Skipped where no Docker engine runs; the OpenSearch-backed
 * ElasticSearchIndexContractTest always runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ElasticsearchContainerContractTest extends SearchIndexContractTest {
    private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";

    @Container
    static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(DockerImageName
            .parse(new ImageFromDockerfile("museum-elasticsearch-icu", false)
                    .withDockerfileFromBuilder(b -> b.from(IMAGE).run("bin/elasticsearch-plugin install --batch analysis-icu").build())
                    .get())
            .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    private ElasticTestTarget target;

    @Override
    protected SearchIndex createIndex(String name) {
        if (target == null) {
            target = ElasticTestTarget.of(URI.create("http://" + ELASTICSEARCH.getHttpHostAddress()));
        }
        return target.createIndex(name);
    }

    @AfterAll
    void dropIndexes() {
        if (target != null) {
            target.dropAll();
        }
    }
}
