package tw.museum.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import tw.museum.search.TestComponents;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.contract.SearchIndexContractTest;

class LuceneSearchIndexContractTest extends SearchIndexContractTest {
    @TempDir
    static Path dataFolder;

    @Override
    protected SearchIndex createIndex(String name) {
        return new LuceneSearchIndex(LuceneSettings.under(dataFolder.resolve(name)), TestComponents.shared());
    }
}
