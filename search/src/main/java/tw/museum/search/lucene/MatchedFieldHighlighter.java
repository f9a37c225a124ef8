package tw.museum.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import tw.museum.search.api.AttachedText;

/**
 * Highlights a page of hits field by field, each field only in the hits where the index says it matches.
 * The highlighter re-analyses every text it is given (most of a search's highlighting time and allocation),
 * and most hits match in a few of the fields only: an English word is rarely in the Chinese texts, a maker's
 * name rarely in the description. Which hits match is read from the postings, one pass per field and segment
 * in index order ({@link InIndexOrder}). One per search; thread-safe, so both halves of a page share its weights.
 */
final class MatchedFieldHighlighter {
    private final Map<String, Query> queries = new LinkedHashMap<>();
    private final Map<String, Weight> weights = new HashMap<>();
    private final Map<String, Integer> passages;
    private final List<LeafReaderContext> leaves;
    private final UnifiedHighlighter highlighter;

    /**
     * @param perField the query each highlighted field is marked by
     * @param passages how many passages each field shows at most
     */
    MatchedFieldHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<String, Query> perField, Map<String, Integer> passages)
            throws IOException {
        for (Map.Entry<String, Query> field : perField.entrySet()) {
            Query rewritten = searcher.rewrite(field.getValue());
            queries.put(field.getKey(), rewritten);
            weights.put(field.getKey(), searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        this.passages = passages;
        this.leaves = searcher.getIndexReader().leaves();
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxLength(AttachedText.MAX_INDEXED_CHARS)
                .build();
    }

    /** Field → a snippet per document (in the order given), null where the field has no match. */
    Map<String, String[]> highlight(ScoreDoc[] docs) throws IOException {
        Map<String, String[]> snippets = new HashMap<>();
        for (Map.Entry<String, Query> field : queries.entrySet()) {
            List<Integer> positions = matching(weights.get(field.getKey()), docs);
            if (positions.isEmpty()) {
                continue;
            }
            int[] ids = positions.stream().mapToInt(i -> docs[i].doc).toArray();
            String[] found = highlighter.highlightFields(new String[] {field.getKey()}, field.getValue(), ids,
                    new int[] {passages.getOrDefault(field.getKey(), 1)}).get(field.getKey());
            String[] aligned = new String[docs.length];
            for (int k = 0; k < ids.length; k++) {
                aligned[positions.get(k)] = found[k];
            }
            snippets.put(field.getKey(), aligned);
        }
        return snippets;
    }

    /** The positions (in {@code docs}) of the documents the weight matches. */
    private List<Integer> matching(Weight weight, ScoreDoc[] docs) throws IOException {
        List<Integer> matching = new ArrayList<>();
        InIndexOrder.visit(leaves, docs, new InIndexOrder.Visitor() {
            private DocIdSetIterator candidates;
            private TwoPhaseIterator confirm;

            @Override
            public void segment(LeafReaderContext segment) throws IOException {
                Scorer scorer = weight.scorer(segment);
                confirm = scorer == null ? null : scorer.twoPhaseIterator();
                candidates = scorer == null ? null : confirm == null ? scorer.iterator() : confirm.approximation();
            }

            @Override
            public void hit(int position, int docInSegment) throws IOException {
                if (candidates == null) {
                    return;
                }
                int at = candidates.docID() < docInSegment ? candidates.advance(docInSegment) : candidates.docID();
                if (at == docInSegment && (confirm == null || confirm.matches())) {
                    matching.add(position);
                }
            }
        });
        return matching;
    }
}
