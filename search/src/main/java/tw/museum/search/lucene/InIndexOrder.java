package tw.museum.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;

/** Visits a page of hits in index order, segment by segment: doc values and postings read forwards only. */
final class InIndexOrder {
    private InIndexOrder() {
    }

    /** What to do once per segment, before its first hit, and then per hit. */
    interface Visitor {
        void segment(LeafReaderContext segment) throws IOException;

        /** {@code position}: the hit's place in the page; {@code docInSegment}: its document within the segment. */
        void hit(int position, int docInSegment) throws IOException;
    }

    static void visit(List<LeafReaderContext> segments, ScoreDoc[] docs, Visitor visitor) throws IOException {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        LeafReaderContext segment = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (segment == null || doc >= segment.docBase + segment.reader().maxDoc()) {
                segment = segments.get(ReaderUtil.subIndex(doc, segments));
                visitor.segment(segment);
            }
            visitor.hit(i, doc - segment.docBase);
        }
    }
}
