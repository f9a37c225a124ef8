package tw.museum.search.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import tw.museum.search.SearchComponents;
import tw.museum.search.SearchHits;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.FacetCount;
import tw.museum.search.api.IndexHealth;
import tw.museum.search.api.SearchBackendException;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.SortOrder;
import tw.museum.search.api.Suggestion;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.ForgivingSearch;
import tw.museum.search.query.Leniency;
import tw.museum.search.query.ParsedQuery;
import tw.museum.search.query.UnknownWord;
import tw.museum.search.query.ZeroHitSuggestions;
import tw.museum.search.query.SearchRequestValidator;
import tw.museum.search.query.SuggestionRanker;
import tw.museum.search.rebuild.PendingWrites;

/**
 * The Elasticsearch backend for large installations. Reads and writes go through an alias; a rebuild fills a
 * new physical index and swaps the alias in one atomic aliases call, then drops the old index.
 */
public final class ElasticSearchIndex implements SearchIndex {
    private static final int BULK_SIZE = 500;
    private static final String[] MLT_FIELDS = {SearchFields.TITLE_ZH, SearchFields.TITLE_EN, SearchFields.MAKER_ZH, SearchFields.MAKER_EN,
            SearchFields.CLASSIFICATION_ZH, SearchFields.CLASSIFICATION_EN, SearchFields.MATERIAL_ZH, SearchFields.MATERIAL_EN,
            SearchFields.SUBJECT_ZH, SearchFields.SUBJECT_EN, SearchFields.DESCRIPTION_ZH, SearchFields.DESCRIPTION_EN};
    private static final String[] HIGHLIGHT_FIELDS = {SearchFields.TITLE_ZH, SearchFields.TITLE_EN, SearchFields.DESCRIPTION_ZH,
            SearchFields.DESCRIPTION_EN, SearchFields.DOCUMENT_TEXT};

    private final ElasticsearchClient client;
    private final ElasticSettings settings;
    private final SearchComponents components;
    private final ElasticIndexSettings indexSettings;
    private final ElasticDocumentMapper mapper;
    private final ElasticQueryFactory queries;
    private final ReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final Object rebuildMutex = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile PendingWrites pending;

    public ElasticSearchIndex(ElasticsearchClient client, ElasticSettings settings, SearchComponents components) {
        this.client = client;
        this.settings = settings;
        this.components = components;
        this.indexSettings = new ElasticIndexSettings(components.folding());
        this.mapper = new ElasticDocumentMapper(components.fields(), components.codec());
        this.queries = new ElasticQueryFactory(components.normalizer());
        call("create the index", () -> {
            if (!client.indices().existsAlias(e -> e.name(settings.alias())).value()) {
                String first = createPhysicalIndex();
                makeSearchable(first);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(settings.alias()))));
            }
            return null;
        });
    }

    @Override
    public void index(SearchDocument document) {
        switchLock.readLock().lock();
        try {
            call("index " + document.id(), () -> client.index(i -> i.index(settings.alias()).id(document.id())
                    .document(mapper.toJson(document))));
            PendingWrites during = pending;
            if (during != null) {
                during.indexed(document);
            }
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public void delete(String objectNumber) {
        switchLock.readLock().lock();
        try {
            call("delete " + objectNumber, () -> client.delete(d -> d.index(settings.alias()).id(objectNumber)));
            PendingWrites during = pending;
            if (during != null) {
                during.deleted(objectNumber);
            }
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public long rebuild(Iterator<SearchDocument> documents) {
        synchronized (rebuildMutex) {
            PendingWrites during = new PendingWrites();
            pending = during;
            String next = call("create a new index", this::createPhysicalIndex);
            try {
                long count = 0;
                List<SearchDocument> batch = new ArrayList<>(BULK_SIZE);
                while (documents.hasNext()) {
                    batch.add(documents.next());
                    if (batch.size() == BULK_SIZE) {
                        count += bulk(next, batch);
                        batch.clear();
                    }
                }
                count += bulk(next, batch);
                switchLock.writeLock().lock();
                try {
                    during.replay(doc -> call("replay", () -> client.index(i -> i.index(next).id(doc.id()).document(mapper.toJson(doc)))),
                            id -> call("replay", () -> client.delete(d -> d.index(next).id(id))));
                    makeSearchable(next);
                    Set<String> old = currentIndices();
                    call("switch the alias", () -> client.indices().updateAliases(u -> {
                        old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(settings.alias()))));
                        return u.actions(a -> a.add(add -> add.index(next).alias(settings.alias())));
                    }));
                    pending = null;
                    // Searches already sent to the old index have answered by now; new ones go to the new index.
                    old.forEach(o -> call("drop " + o, () -> client.indices().delete(d -> d.index(o))));
                } finally {
                    switchLock.writeLock().unlock();
                }
                return count;
            } catch (RuntimeException e) {
                pending = null;
                call("drop " + next, () -> client.indices().delete(d -> d.index(next)));
                throw e;
            }
        }
    }

    private long bulk(String index, List<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (SearchDocument doc : batch) {
            request.operations(op -> op.index(i -> i.index(index).id(doc.id()).document(mapper.toJson(doc))));
        }
        BulkResponse response = call("bulk index", () -> client.bulk(request.build()));
        if (response.errors()) {
            String reason = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .map(i -> i.id() + ": " + i.error().reason()).orElse("unknown");
            throw new SearchBackendException("bulk indexing failed: " + reason, null);
        }
        return batch.size();
    }

    private String createPhysicalIndex() throws IOException {
        String name = settings.physicalIndexPrefix() + Instant.now().toEpochMilli() + "-" + generation.incrementAndGet();
        boolean ready = client.indices().create(c -> c.index(name).withJson(new StringReader(indexSettings.createIndexBody()))
                .waitForActiveShards(w -> w.count(1)).timeout(t -> t.time("60s"))).shardsAcknowledged();
        if (!ready) {
            awaitPrimaryShard(name);
        }
        return name;
    }

    /**
     * A busy cluster can acknowledge a new index before its primary shard is allocated; until then every
     * search and count on it fails (503, all shards failed). Waits for the shard with a cheap count, because
     * cluster health answers differ between Elasticsearch and OpenSearch.
     */
    private void awaitPrimaryShard(String index) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                client.count(c -> c.index(index));
                return;
            } catch (ElasticsearchException | co.elastic.clients.transport.TransportException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for index " + index, e);
            }
        }
    }

    private void makeSearchable(String index) {
        call("refresh " + index, () -> {
            client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            return client.indices().refresh(r -> r.index(index));
        });
    }

    private Set<String> currentIndices() {
        return call("read the alias", () -> client.indices().existsAlias(e -> e.name(settings.alias())).value()
                ? client.indices().getAlias(g -> g.name(settings.alias())).aliases().keySet()
                : Set.of());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ParsedQuery parsed = components.validator().validate(request);
        return ForgivingSearch.search(engine, request, parsed)
                .withSuggestions((p, a) -> ZeroHitSuggestions.of(p, text -> suggest(text, a)), parsed, request.audience());
    }

    /** The three things typo-tolerant search asks of this backend, one request each. */
    private final ForgivingSearch.Engine engine = new ForgivingSearch.Engine() {
        @Override
        public SearchResult run(SearchRequest request, ParsedQuery parsed, Leniency leniency) {
            return runSearch(request, parsed, leniency);
        }

        @Override
        public boolean[] clausesFound(SearchRequest request, ParsedQuery parsed) {
            ObjectNode body = queries.object();
            queries.scope(request, components.clock().instant(), body.putObject("query").putObject("bool").putArray("filter"));
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode aggs = body.putObject("aggs");
            for (int i = 0; i < parsed.clauses().size(); i++) {
                aggs.putObject("c" + i).set("filter", queries.clauseQuery(parsed.clauses().get(i), request.audience()));
            }
            SearchResponse<JsonNode> response = searchRaw(body);
            boolean[] found = new boolean[parsed.clauses().size()];
            for (int i = 0; i < found.length; i++) {
                Aggregate a = response.aggregations().get("c" + i);
                found[i] = a != null && a.isFilter() && a.filter().docCount() > 0;
            }
            return found;
        }

        @Override
        public Map<Integer, List<UnknownWord>> unknownWords(SearchRequest request, Map<Integer, String> clauses) {
            return ElasticSpelling.unknownWords(clauses, body -> searchRaw(body));
        }
    };

    private SearchResult runSearch(SearchRequest request, ParsedQuery parsed, Leniency leniency) {
        ObjectNode scoring = queries.textQuery(parsed, request.audience(), leniency);
        ObjectNode body = queries.object();
        body.set("query", queries.withFilters(scoring, request, components.clock().instant()));
        body.put("from", request.offset()).put("size", request.pageSize()).put("track_total_hits", true);
        body.set("sort", queries.sort(request.sort()));
        body.putObject("_source").putArray("includes").add(SearchFields.SOURCE);
        if (!request.facets().isEmpty()) {
            ObjectNode aggs = body.putObject("aggs");
            for (Facet facet : request.facets()) {
                ObjectNode terms = aggs.putObject(facet.parameterName()).putObject("terms");
                terms.put("field", FacetValues.field(facet)).put("size", request.facetSize());
                ArrayNode order = terms.putArray("order");
                order.addObject().put("_count", "desc");
                order.addObject().put("_key", "asc");
            }
        }
        if (!parsed.matchAll()) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add("<em>");
            highlight.putArray("post_tags").add("</em>");
            highlight.put("encoder", "html").put("require_field_match", true);
            // elasticsearch-java 9 reads "fields" only in its array form.
            ArrayNode fields = highlight.putArray("fields");
            for (String field : HIGHLIGHT_FIELDS) {
                boolean title = field.startsWith("title");
                boolean document = field.equals(SearchFields.DOCUMENT_TEXT);
                fields.addObject().putObject(field).put("number_of_fragments", title ? 0 : document ? 1 : 2).put("fragment_size", 150);
            }
        }
        SearchResponse<JsonNode> response = searchRaw(body);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : response.hits().hits()) {
            Map<String, List<String>> highlights = new HashMap<>();
            hit.highlight().forEach((field, snippets) -> {
                if (!snippets.isEmpty()) {
                    highlights.put(field, List.of(String.join("…", snippets)));
                }
            });
            float score = hit.score() == null ? 0f : hit.score().floatValue();
            hits.add(SearchHits.of(source(hit), request.audience(), score, highlights));
        }
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : request.facets()) {
            Aggregate aggregate = response.aggregations().get(facet.parameterName());
            List<FacetCount> counts = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
                }
            }
            facets.put(facet, counts);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets, List.of());
    }

    @Override
    public List<Suggestion> suggest(String prefix, Audience audience) {
        String clean = components.validator().validateSuggestPrefix(prefix);
        String key = components.normalizer().normalize(clean);
        if (key.isEmpty()) {
            return List.of();
        }
        ObjectNode body = queries.object();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").addObject().putObject("prefix").put(SearchFields.SUGGEST_KEY, key);
        queries.objectsFor(audience, components.clock().instant(), bool.putArray("filter"));
        body.put("size", SuggestionRanker.CANDIDATE_DOCUMENTS);
        body.set("sort", queries.sort(SortOrder.OBJECT_NUMBER));
        body.putObject("_source").putArray("includes").add(SearchFields.SOURCE);
        List<SearchDocument> candidates = searchRaw(body).hits().hits().stream().map(this::source).toList();
        return components.suggestionRanker().rank(clean, candidates);
    }

    @Override
    public List<SearchHit> moreLikeThis(String objectNumber, Audience audience, int count) {
        components.validator().validateRelated(objectNumber, count);
        ObjectNode find = queries.object();
        ObjectNode findBool = find.putObject("query").putObject("bool");
        ArrayNode findFilter = findBool.putArray("filter");
        findFilter.addObject().putObject("term").put(SearchFields.OBJECT_NUMBER, objectNumber);
        queries.objectsFor(audience, components.clock().instant(), findFilter);
        find.put("size", 1);
        List<Hit<JsonNode>> self = searchRaw(find).hits().hits();
        if (self.isEmpty()) {
            return List.of();
        }
        SearchDocument source = source(self.get(0));
        ObjectNode body = queries.object();
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("should");
        ObjectNode mlt = should.addObject().putObject("more_like_this");
        ArrayNode fields = mlt.putArray("fields");
        Arrays.stream(MLT_FIELDS).forEach(fields::add);
        // The same text the Lucene backend feeds its MoreLikeThis, as an artificial document.
        ObjectNode like = mlt.putArray("like").addObject().putObject("doc");
        components.fields().text(source).forEach((field, values) -> {
            if (Arrays.asList(MLT_FIELDS).contains(field)) {
                ArrayNode v = like.putArray(field);
                values.forEach(v::add);
            }
        });
        mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 25).put("minimum_should_match", "1");
        source.makers().forEach(m -> should.addObject().putObject("term").putObject(SearchFields.MAKER_ID).put("value", m.id()).put("boost", 2f));
        bool.put("minimum_should_match", 1);
        bool.putArray("must_not").addObject().putObject("term").put(SearchFields.OBJECT_NUMBER, objectNumber);
        queries.objectsFor(audience, components.clock().instant(), bool.putArray("filter"));
        body.put("size", count);
        body.set("sort", queries.sort(SortOrder.RELEVANCE));
        body.putObject("_source").putArray("includes").add(SearchFields.SOURCE);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : searchRaw(body).hits().hits()) {
            hits.add(SearchHits.of(source(hit), audience, hit.score() == null ? 0f : hit.score().floatValue(), Map.of()));
        }
        return hits;
    }

    @Override
    public long count(Audience audience) {
        ObjectNode body = queries.object();
        queries.objectsFor(audience, components.clock().instant(), body.putObject("query").putObject("bool").putArray("filter"));
        return call("count", () -> client.count(c -> c.index(settings.alias()).withJson(new StringReader(body.toString()))).count());
    }

    @Override
    public IndexHealth health() {
        try {
            boolean up = client.ping().value();
            String physical = String.join(",", currentIndices());
            return new IndexHealth("elasticsearch", physical, up, up ? count(Audience.STAFF) : 0, settings.url().toString());
        } catch (IOException | RuntimeException e) {
            return new IndexHealth("elasticsearch", settings.alias(), false, 0, e.toString());
        }
    }

    @Override
    public void refresh() {
        call("refresh", () -> client.indices().refresh(r -> r.index(settings.alias())));
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new SearchBackendException("closing the Elasticsearch client failed", e);
        }
    }

    /** Deletes every index and the alias of this prefix (tests and decommissioning). */
    public void dropAll() {
        call("drop indices", () -> client.indices().delete(d -> d.index(settings.physicalIndexPrefix() + "*")));
    }

    private SearchResponse<JsonNode> searchRaw(ObjectNode body) {
        return call("search", () -> client.search(s -> s.index(settings.alias()).withJson(new StringReader(body.toString())), JsonNode.class));
    }

    private SearchDocument source(Hit<JsonNode> hit) {
        return components.codec().fromJson(hit.source().get(SearchFields.SOURCE).asText());
    }

    private <T> T call(String what, ElasticCall<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            if (isTooManyClauses(e)) {
                throw SearchRequestValidator.tooComplex();
            }
            throw new SearchBackendException("Elasticsearch could not " + what + ": " + e.getMessage(), e);
        } catch (IOException | co.elastic.clients.json.JsonpMappingException e) {
            throw new SearchBackendException("Elasticsearch could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static boolean isTooManyClauses(ElasticsearchException e) {
        String text = String.valueOf(e.getMessage()) + e.error();
        return text.contains("too_many_clauses") || text.contains("too_many_nested_clauses") || text.contains("maxClauseCount");
    }

    @FunctionalInterface
    private interface ElasticCall<T> {
        T run() throws IOException;
    }
}
