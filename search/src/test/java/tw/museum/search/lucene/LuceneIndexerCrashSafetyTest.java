package tw.museum.search.lucene;

import java.util.List;
import tw.museum.search.catalog.IndexerCrashSafetyContract;

class LuceneIndexerCrashSafetyTest extends IndexerCrashSafetyContract {
    @Override
    protected List<String> backendArguments() {
        return List.of("--museum.search.backend=LUCENE");
    }
}
