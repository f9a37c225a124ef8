package tw.museum.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.document.SearchFields;
import tw.museum.search.catalog.IndexerCrashSafetyContract;

class LuceneIndexerCrashSafetyTest extends IndexerCrashSafetyContract {
    @Override
    protected List<String> backendArguments() {
        return List.of("--museum.search.backend=LUCENE");
    }

    /** What a new process would open: the last commit on disk of the live folder, not the writer's memory. */
    @Override
    protected List<String> survivingACrash(SearchIndex index) {
        Path live = Path.of(index.health().detail());
        List<String> numbers = new ArrayList<>();
        try (Directory directory = FSDirectory.open(live);
             DirectoryReader committed = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : committed.leaves()) {
                Terms terms = leaf.reader().terms(SearchFields.OBJECT_NUMBER);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    numbers.add(term.utf8ToString());
                }
            }
        } catch (IndexNotFoundException neverCommitted) {
            return List.of(); // nothing on disk: a crash now leaves an empty index
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}
