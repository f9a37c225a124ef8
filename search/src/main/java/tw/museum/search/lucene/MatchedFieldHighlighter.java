package tw.museum.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import tw.museum.search.api.AttachedText;

/**
 * Highlights a page of hits field by field, each field only in the hits where the index says it matches.
 * The highlighter re-analyses every text it is given (most of a search's highlighting time), and most hits
 * match in a few of the fields only: an English word is rarely in the Chinese texts, a maker's name rarely in
 * the description. One per search; thread-safe, so both halves of a page share its weight.
 */
final class MatchedFieldHighlighter {
    private final String[] fields;
    private final int[] passages;
    private final Query query;
    private final Weight weight;
    private final List<LeafReaderContext> leaves;
    private final UnifiedHighlighter highlighter;

    /** {@code passages[i]}: how many passages field {@code fields[i]} shows at most. */
    MatchedFieldHighlighter(IndexSearcher searcher, Analyzer analyzer, Query query, String[] fields, int[] passages)
            throws IOException {
        this.fields = fields;
        this.passages = passages;
        this.query = searcher.rewrite(query);
        this.weight = searcher.createWeight(this.query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.leaves = searcher.getIndexReader().leaves();
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxLength(AttachedText.MAX_INDEXED_CHARS)
                .build();
    }

    /** Field → a snippet per document (in the order given), null where the field has no match. */
    Map<String, String[]> highlight(ScoreDoc[] docs) throws IOException {
        Map<String, List<Integer>> matching = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            Matches matches = weight.matches(leaf, docs[i].doc - leaf.docBase);
            if (matches == null) {
                continue;
            }
            for (String field : matches) {
                matching.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        Map<String, String[]> snippets = new HashMap<>();
        for (int f = 0; f < fields.length; f++) {
            List<Integer> positions = matching.get(fields[f]);
            if (positions == null) {
                continue;
            }
            int[] ids = positions.stream().mapToInt(i -> docs[i].doc).toArray();
            String[] found = highlighter.highlightFields(new String[] {fields[f]}, query, ids, new int[] {passages[f]}).get(fields[f]);
            String[] aligned = new String[docs.length];
            for (int k = 0; k < ids.length; k++) {
                aligned[positions.get(k)] = found[k];
            }
            snippets.put(fields[f], aligned);
        }
        return snippets;
    }
}
