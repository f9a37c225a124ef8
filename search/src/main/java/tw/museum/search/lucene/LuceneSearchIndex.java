package tw.museum.search.lucene;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.BinaryDocValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import tw.museum.search.SearchComponents;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.IndexHealth;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.Suggestion;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.ForgivingSearch;
import tw.museum.search.query.Leniency;
import tw.museum.search.query.ParsedQuery;
import tw.museum.search.query.UnknownWord;
import tw.museum.search.query.ZeroHitSuggestions;
import tw.museum.search.query.SearchRequestValidator;
import tw.museum.search.query.SuggestionRanker;
import tw.museum.search.rebuild.PendingWrites;
import tw.museum.search.SearchHits;

/**
 * The embedded backend: Apache Lucene on disk under the data folder. Writes go to an IndexWriter; searches
 * use a near-real-time SearcherManager that refreshes itself when older than the configured staleness.
 * A rebuild fills a new generation folder and switches the CURRENT pointer atomically at the end.
 */
public final class LuceneSearchIndex implements SearchIndex {
    static final String[] HIGHLIGHT_FIELDS = {SearchFields.TITLE_ZH, SearchFields.TITLE_EN, SearchFields.DESCRIPTION_ZH,
            SearchFields.DESCRIPTION_EN, SearchFields.DOCUMENT_TEXT};
    /** Passages each highlighted field shows at most: a description two, the rest one. */
    private static final Map<String, Integer> HIGHLIGHT_PASSAGES = Map.of(SearchFields.TITLE_ZH, 1, SearchFields.TITLE_EN, 1,
            SearchFields.DESCRIPTION_ZH, 2, SearchFields.DESCRIPTION_EN, 2, SearchFields.DOCUMENT_TEXT, 1);
    private static final String[] MLT_FIELDS = {SearchFields.TITLE_ZH, SearchFields.TITLE_EN, SearchFields.MAKER_ZH, SearchFields.MAKER_EN,
            SearchFields.CLASSIFICATION_ZH, SearchFields.CLASSIFICATION_EN, SearchFields.MATERIAL_ZH, SearchFields.MATERIAL_EN,
            SearchFields.SUBJECT_ZH, SearchFields.SUBJECT_EN, SearchFields.DESCRIPTION_ZH, SearchFields.DESCRIPTION_EN};
    private static final double LIVE_RAM_BUFFER_MB = 64;
    private static final long PARALLEL_FACET_COUNT_FROM = 10_000;
    private static final int PARALLEL_PAGE_FROM = 8;
    private static final Set<String> SOURCE_ONLY = Set.of(SearchFields.SOURCE);
    private static final double REBUILD_RAM_BUFFER_MB = 256;

    private final LuceneSettings settings;
    private final SearchComponents components;
    private final LuceneIndexLayout layout;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = LuceneDocumentMapper.facetsConfig();
    private final LuceneDocumentMapper mapper;
    private final LuceneQueryFactory queries;
    private final SegmentSearchers segmentSearchers = new SegmentSearchers();
    /** Writers hold the read side; the switch at the end of a rebuild holds the write side. */
    private final ReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final Object rebuildMutex = new Object();
    private volatile LuceneGeneration live;
    private volatile PendingWrites pending;
    private volatile long lastRefreshNanos = System.nanoTime();

    public LuceneSearchIndex(LuceneSettings settings, SearchComponents components) {
        this.settings = settings;
        this.components = components;
        this.layout = new LuceneIndexLayout(settings.indexRoot());
        this.analyzer = LuceneFieldAnalyzer.create(components.analyzers());
        this.mapper = new LuceneDocumentMapper(components.fields(), components.codec(), facetsConfig);
        this.queries = new LuceneQueryFactory(analyzer, components.normalizer());
        this.live = LuceneGeneration.open(layout.current(), analyzer, facetsConfig, LIVE_RAM_BUFFER_MB, segmentSearchers);
        layout.deleteAllBut(live.path());
    }

    @Override
    public void index(SearchDocument document) {
        switchLock.readLock().lock();
        try {
            live.writer().updateDocument(new Term(SearchFields.OBJECT_NUMBER, document.id()), mapper.toDocument(document));
            PendingWrites during = pending;
            if (during != null) {
                during.indexed(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public void delete(String objectNumber) {
        switchLock.readLock().lock();
        try {
            live.writer().deleteDocuments(new Term(SearchFields.OBJECT_NUMBER, objectNumber));
            PendingWrites during = pending;
            if (during != null) {
                during.deleted(objectNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public long rebuild(Iterator<SearchDocument> documents) {
        synchronized (rebuildMutex) {
            PendingWrites during = new PendingWrites();
            pending = during;
            LuceneGeneration next = LuceneGeneration.open(layout.newGeneration(), analyzer, facetsConfig, REBUILD_RAM_BUFFER_MB, segmentSearchers);
            long count;
            LuceneGeneration old;
            try {
                count = new ParallelIndexer(mapper, next.writer()).indexAll(documents);
                switchLock.writeLock().lock();
                try {
                    during.replay(doc -> update(next, doc), id -> remove(next, id));
                    next.commitAndRefresh();
                    layout.switchTo(next.path());
                    old = live;
                    live = next;
                    pending = null;
                } finally {
                    switchLock.writeLock().unlock();
                }
            } catch (RuntimeException | IOException e) {
                pending = null;
                next.close();
                layout.deleteAllBut(live.path());
                if (e instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw (RuntimeException) e;
            }
            // Searches still holding the old reader finish normally; its files are removed on the next start.
            old.close();
            layout.deleteAllBut(live.path());
            return count;
        }
    }

    private void update(LuceneGeneration generation, SearchDocument doc) {
        try {
            generation.writer().updateDocument(new Term(SearchFields.OBJECT_NUMBER, doc.id()), mapper.toDocument(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(LuceneGeneration generation, String objectNumber) {
        try {
            generation.writer().deleteDocuments(new Term(SearchFields.OBJECT_NUMBER, objectNumber));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ParsedQuery parsed = components.validator().validate(request);
        return ForgivingSearch.search(engine, request, parsed)
                .withSuggestions(this::suggestionsWhenNothingFound, parsed, request.audience());
    }

    /** The three things typo-tolerant search asks of this backend. */
    private final ForgivingSearch.Engine engine = new ForgivingSearch.Engine() {
        @Override
        public SearchResult run(SearchRequest request, ParsedQuery parsed, Leniency leniency) {
            return runSearch(request, parsed, leniency);
        }

        @Override
        public boolean[] clausesFound(SearchRequest request, ParsedQuery parsed) {
            Query scope = LuceneQueryFactory.scope(request, components.clock().instant());
            return withSearcher((generation, searcher) -> {
                boolean[] found = new boolean[parsed.clauses().size()];
                for (int i = 0; i < found.length; i++) {
                    Query clause = new BooleanQuery.Builder()
                            .add(queries.clauseQuery(parsed.clauses().get(i), request.audience()), Occur.MUST)
                            .add(scope, Occur.FILTER).build();
                    found[i] = matchesAny(searcher, clause);
                }
                return found;
            });
        }

        @Override
        public Map<Integer, List<UnknownWord>> unknownWords(SearchRequest request, Map<Integer, String> clauses) {
            return withSearcher((generation, searcher) -> new LuceneSpelling(analyzer).unknownWords(searcher.getIndexReader(), clauses));
        }
    };

    /**
     * Whether any live entry matches, stopping at the first: a broad word alone (香港) matches tens of thousands of
     * entries, and counting them all was most of the check.
     */
    private static boolean matchesAny(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private SearchResult runSearch(SearchRequest request, ParsedQuery parsed, Leniency leniency) {
        Query scoring = queries.textQuery(parsed, request.audience(), leniency);
        Query query = queries.withFilters(scoring, request, components.clock().instant());
        return withSearcher((generation, searcher) -> {
            int n = request.offset() + request.pageSize();
            Sort sort = LuceneSorts.of(request.sort());
            // No second scoring pass over the page (doDocScores): by relevance the score is the first sort value, and
            // other orders give no score, as Elasticsearch does without track_scores.
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, n, sort, false, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
            MatchedFieldHighlighter highlight = parsed.matchAll() || page.length == 0 ? null : new MatchedFieldHighlighter(searcher,
                    analyzer, queries.highlightQueries(parsed, leniency, List.of(HIGHLIGHT_FIELDS)), HIGHLIGHT_PASSAGES);
            // Highlighting and reading the hits is per hit: the first half of the page goes to the pool while this
            // thread does the second half and the facets.
            int half = page.length >= PARALLEL_PAGE_FROM ? page.length / 2 : 0;
            SegmentSearchers.Forked<List<SearchHit>> first = half == 0 ? SegmentSearchers.Forked.done(List.of())
                    : segmentSearchers.fork(() -> hits(searcher, Arrays.copyOfRange(page, 0, half), highlight, request.audience()));
            List<SearchHit> second = hits(searcher, Arrays.copyOfRange(page, half, page.length), highlight, request.audience());
            Map<Facet, List<FacetCount>> facets = request.facets().isEmpty() ? Map.of()
                    : countFacets(generation, searcher, result, request.facets(), request.facetSize());
            List<SearchHit> hits = new ArrayList<>(first.join());
            hits.addAll(second);
            return new SearchResult(total, hits, facets, List.of());
        });
    }

    /** The hits of these documents, highlighted (none: no highlights). */
    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, MatchedFieldHighlighter highlight, Audience audience) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        Map<String, String[]> highlights = highlight == null ? Map.of() : highlight.highlight(docs);
        SearchHit[] whole = wholeHits(searcher, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Map<String, List<String>> hl = new HashMap<>();
            for (String field : HIGHLIGHT_FIELDS) {
                String[] snippets = highlights.get(field);
                if (snippets != null && snippets[i] != null && snippets[i].contains("<em>")) {
                    hl.put(field, List.of(snippets[i]));
                }
            }
            float score = docs[i] instanceof FieldDoc sorted && sorted.fields[0] instanceof Float relevance ? relevance : 0f;
            hits.add(SearchHits.forAudience(whole[i], audience, score, hl));
        }
        return hits;
    }

    /**
     * What each document shows as a hit, from the hit doc values: reading the source instead decompresses a block of
     * stored fields per hit and parses the whole document. Entries indexed before those doc values existed are read
     * from their source. Doc values read forwards only, so the documents are visited in index order.
     */
    private SearchHit[] wholeHits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        SearchHit[] whole = new SearchHit[docs.length];
        InIndexOrder.visit(searcher.getIndexReader().leaves(), docs, new InIndexOrder.Visitor() {
            private BinaryDocValues values;
            private StoredFields stored;

            @Override
            public void segment(LeafReaderContext segment) throws IOException {
                values = segment.reader().getBinaryDocValues(SearchFields.HIT);
            }

            @Override
            public void hit(int position, int docInSegment) throws IOException {
                if (values != null && values.advanceExact(docInSegment)) {
                    BytesRef json = values.binaryValue();
                    whole[position] = components.codec().hitFromJson(json.bytes, json.offset, json.length);
                } else {
                    stored = stored == null ? searcher.storedFields() : stored;
                    whole[position] = SearchHits.whole(load(stored, docs[position].doc));
                }
            }
        });
        return whole;
    }

    private List<Suggestion> suggestionsWhenNothingFound(ParsedQuery parsed, Audience audience) {
        return ZeroHitSuggestions.of(parsed, text -> suggest(text, audience));
    }

    private Map<Facet, List<FacetCount>> countFacets(LuceneGeneration generation, IndexSearcher searcher,
                                                      FacetsCollectorManager.FacetsResult result, Set<Facet> wanted, int size) throws IOException {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        SortedSetDocValuesReaderState state = generation.facetState(searcher.getIndexReader());
        Facets counts = state == null ? null : counts(state, result);
        for (Facet facet : wanted) {
            List<FacetCount> values = new ArrayList<>();
            if (counts != null && state.getPrefixToOrdRange().containsKey(facet.parameterName())) {
                // Top-N by count, ties in label order (ordinals are sorted), as Elasticsearch's terms order.
                FacetResult children = counts.getTopChildren(size, facet.parameterName());
                if (children != null) {
                    for (LabelAndValue lv : children.labelValues) {
                        if (lv.value.longValue() > 0) {
                            values.add(new FacetCount(lv.label, lv.value.longValue()));
                        }
                    }
                }
            }
            values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(facet, values.size() > size ? List.copyOf(values.subList(0, size)) : values);
        }
        return facets;
    }

    /**
     * Many hits are counted per segment in parallel; few are counted faster in this thread (the parallel counter
     * shares one atomic array of every facet value).
     */
    private Facets counts(SortedSetDocValuesReaderState state, FacetsCollectorManager.FacetsResult result) throws IOException {
        long hits = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        if (hits < PARALLEL_FACET_COUNT_FROM) {
            return new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, result.facetsCollector(), segmentSearchers.pool());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("facet counting interrupted", e);
        }
    }

    @Override
    public List<Suggestion> suggest(String prefix, Audience audience) {
        String clean = components.validator().validateSuggestPrefix(prefix);
        String key = components.normalizer().normalize(clean);
        if (key.isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(SearchFields.SUGGEST_KEY, key)), Occur.MUST)
                .add(LuceneQueryFactory.objectsFor(audience, components.clock().instant()), Occur.FILTER)
                .build();
        return withSearcher((generation, searcher) -> {
            ScoreDoc[] top = searcher.search(query, SuggestionRanker.CANDIDATE_DOCUMENTS,
                    LuceneSorts.of(tw.museum.search.api.SortOrder.OBJECT_NUMBER)).scoreDocs;
            // Reading up to 200 candidates is most of a suggestion's time: half of them are read on the pool.
            int half = top.length / 2;
            SegmentSearchers.Forked<List<SearchDocument>> first = segmentSearchers.fork(
                    () -> loadAll(searcher, Arrays.copyOfRange(top, 0, half)));
            List<SearchDocument> second = loadAll(searcher, Arrays.copyOfRange(top, half, top.length));
            List<SearchDocument> candidates = new ArrayList<>(first.join());
            candidates.addAll(second);
            return components.suggestionRanker().rank(clean, candidates);
        });
    }

    @Override
    public List<SearchHit> moreLikeThis(String objectNumber, Audience audience, int count) {
        components.validator().validateRelated(objectNumber, count);
        return withSearcher((generation, searcher) -> {
            TopDocs self = searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.OBJECT_NUMBER, objectNumber)), Occur.MUST)
                    .add(LuceneQueryFactory.objectsFor(audience, components.clock().instant()), Occur.FILTER).build(), 1);
            if (self.scoreDocs.length == 0) {
                return List.<SearchHit>of();
            }
            SearchDocument source = load(searcher, self.scoreDocs[0].doc);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(MLT_FIELDS);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Map<String, Collection<Object>> fields = new HashMap<>();
            components.fields().text(source).forEach((field, values) -> {
                if (Arrays.asList(MLT_FIELDS).contains(field)) {
                    fields.put(field, new ArrayList<>(values));
                }
            });
            BooleanQuery.Builder related = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            related.add(mlt.like(fields), Occur.SHOULD);
            source.makers().forEach(m -> related.add(new BoostQuery(new TermQuery(new Term(SearchFields.MAKER_ID, m.id())), 2f), Occur.SHOULD));
            related.add(new TermQuery(new Term(SearchFields.OBJECT_NUMBER, objectNumber)), Occur.MUST_NOT);
            related.add(LuceneQueryFactory.objectsFor(audience, components.clock().instant()), Occur.FILTER);
            TopDocs top = searcher.search(related.build(), count, LuceneSorts.of(tw.museum.search.api.SortOrder.RELEVANCE), true);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(SearchHits.of(load(searcher, sd.doc), audience, sd.score, Map.of()));
            }
            return hits;
        });
    }

    @Override
    public long count(Audience audience) {
        return withSearcher((generation, searcher) -> (long) searcher.count(LuceneQueryFactory.objectsFor(audience, components.clock().instant())));
    }

    @Override
    public IndexHealth health() {
        try {
            long docs = count(Audience.STAFF);
            return new IndexHealth("lucene", live.path().getFileName().toString(), true, docs, live.path().toString());
        } catch (RuntimeException e) {
            return new IndexHealth("lucene", live.path().getFileName().toString(), false, 0, e.toString());
        }
    }

    @Override
    public void makeDurable() {
        switchLock.readLock().lock();
        try {
            live.commit();
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public void refresh() {
        switchLock.readLock().lock();
        try {
            live.commitAndRefresh();
            lastRefreshNanos = System.nanoTime();
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        synchronized (rebuildMutex) {
            try (segmentSearchers) {
                live.close();
            }
        }
    }

    /** One stored-fields reader for all of them: each new one decompresses into a new block buffer. */
    private List<SearchDocument> loadAll(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchDocument> loaded = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            loaded.add(load(stored, doc.doc));
        }
        return loaded;
    }

    private SearchDocument load(IndexSearcher searcher, int docId) throws IOException {
        return load(searcher.storedFields(), docId);
    }

    private SearchDocument load(StoredFields stored, int docId) throws IOException {
        return components.codec().fromJson(stored.document(docId, SOURCE_ONLY).get(SearchFields.SOURCE));
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            LuceneGeneration generation = live;
            IndexSearcher searcher;
            try {
                maybeRefresh(generation);
                searcher = generation.searchers().acquire();
            } catch (AlreadyClosedException switched) {
                // A rebuild switched generations between reading `live` and acquiring a searcher: use the new one.
                if (attempt < 3 && generation != live) {
                    continue;
                }
                throw switched;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.run(generation, searcher);
            } catch (IndexSearcher.TooManyClauses e) {
                throw SearchRequestValidator.tooComplex();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    generation.searchers().release(searcher);
                } catch (IOException e) {
                    // Releasing only drops a reference; the search itself succeeded.
                }
            }
        }
    }

    /** Near-real-time without a background thread: a search older than the staleness bound reopens first. */
    private void maybeRefresh(LuceneGeneration generation) throws IOException {
        long now = System.nanoTime();
        if (now - lastRefreshNanos > TimeUnit.MILLISECONDS.toNanos(settings.maxStaleness().toMillis())) {
            lastRefreshNanos = now;
            generation.searchers().maybeRefresh();
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(LuceneGeneration generation, IndexSearcher searcher) throws IOException;
    }
}
