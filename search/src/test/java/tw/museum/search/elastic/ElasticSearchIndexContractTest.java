package tw.museum.search.elastic;

import org.junit.jupiter.api.AfterAll;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.contract.SearchIndexContractTest;

/** The contract suite against a real server: the OpenSearch node the build starts, or -Dsearch.it.url. */
class ElasticSearchIndexContractTest extends SearchIndexContractTest {
    private ElasticTestTarget target;

    @Override
    protected SearchIndex createIndex(String name) {
        if (target == null) {
            target = ElasticTestTarget.fromSystemProperties();
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
