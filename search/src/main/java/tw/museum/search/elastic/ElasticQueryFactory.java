package tw.museum.search.elastic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.Audience;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Facet;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.Leniency;
import tw.museum.search.query.ParsedQuery;
import tw.museum.search.query.QueryClause;

/**
 * Query DSL bodies, clause for clause the same as LuceneQueryFactory: dis_max per query clause over the
 * weighted fields (all words in one field), object-number and exact-title boosts, filters that do not score.
 */
final class ElasticQueryFactory {
    private final ObjectMapper json = new ObjectMapper();
    private final KeywordNormalizer normalizer;

    ElasticQueryFactory(KeywordNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ObjectNode textQuery(ParsedQuery parsed, Audience audience, Leniency leniency) {
        if (parsed.matchAll()) {
            ObjectNode root = json.createObjectNode();
            root.putObject("match_all");
            return root;
        }
        ObjectNode exact = textQuery(parsed, audience, Leniency.NONE, false);
        if (leniency.exact()) {
            return exact;
        }
        // As LuceneQueryFactory: every exact match above every match found by respelling.
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        ArrayNode should = bool.putArray("should");
        ObjectNode constant = should.addObject().putObject("constant_score");
        constant.set("filter", exact);
        constant.put("boost", RelevanceWeights.EXACT_OVER_APPROXIMATE);
        should.add(exact.deepCopy());
        should.add(textQuery(parsed, audience, leniency, true));
        bool.put("minimum_should_match", 1);
        return root;
    }

    /** One clause alone, as it takes part in the query. */
    ObjectNode clauseQuery(QueryClause clause, Audience audience) {
        return clauseQuery(clause, List.of(), audience);
    }

    private ObjectNode textQuery(ParsedQuery parsed, Audience audience, Leniency leniency, boolean lenient) {
        ObjectNode root = json.createObjectNode();
        ArrayNode must = json.createArrayNode();
        for (int i = 0; i < parsed.clauses().size(); i++) {
            boolean approximate = lenient && leniency.approximate(i);
            must.add(clauseQuery(parsed.clauses().get(i), approximate ? leniency.spellings(i) : List.of(), audience));
        }
        ObjectNode main = json.createObjectNode();
        main.putObject("bool").set("must", must);

        ObjectNode anyMatch = json.createObjectNode();
        ObjectNode anyBool = anyMatch.putObject("bool");
        ArrayNode should = anyBool.putArray("should");
        should.add(main);
        if (parsed.looksLikeObjectNumber()) {
            should.add(constantScore("term", SearchFields.OBJECT_NUMBER_KEY, parsed.objectNumberKey(), RelevanceWeights.OBJECT_NUMBER_EXACT));
            should.add(constantScore("prefix", SearchFields.OBJECT_NUMBER_KEY, parsed.objectNumberKey(), RelevanceWeights.OBJECT_NUMBER_PREFIX));
            if (lenient && leniency.approximate(0)) {
                ObjectNode fuzzy = json.createObjectNode();
                ObjectNode cs = fuzzy.putObject("constant_score");
                cs.putObject("filter").putObject("fuzzy").putObject(SearchFields.OBJECT_NUMBER_KEY)
                        .put("value", parsed.objectNumberKey()).put("fuzziness", 1)
                        .put("prefix_length", RelevanceWeights.FUZZY_PREFIX_LENGTH)
                        .put("max_expansions", RelevanceWeights.FUZZY_MAX_EXPANSIONS).put("transpositions", true);
                cs.put("boost", RelevanceWeights.OBJECT_NUMBER_PREFIX);
                should.add(fuzzy);
            }
        }
        anyBool.put("minimum_should_match", 1);

        ObjectNode scoredBool = root.putObject("bool");
        scoredBool.putArray("must").add(anyMatch);
        ArrayNode boosts = scoredBool.putArray("should");
        String titleKey = normalizer.normalize(parsed.text().replace("\"", ""));
        if (!titleKey.isEmpty()) {
            boosts.add(constantScore("term", SearchFields.TITLE_KEY, titleKey, RelevanceWeights.TITLE_EXACT));
        }
        String phraseText = parsed.text().replace("\"", " ");
        ObjectNode titlePhrase = json.createObjectNode();
        ObjectNode tp = titlePhrase.putObject("dis_max").put("tie_breaker", 0f).put("boost", RelevanceWeights.TITLE_PHRASE);
        ArrayNode phrases = tp.putArray("queries");
        for (String field : List.of(SearchFields.TITLE_ZH, SearchFields.TITLE_EN)) {
            ObjectNode q = json.createObjectNode();
            q.putObject("match_phrase").putObject(field).put("query", phraseText);
            phrases.add(q);
        }
        boosts.add(titlePhrase);
        return root;
    }

    private ObjectNode clauseQuery(QueryClause clause, List<String> spellings, Audience audience) {
        ObjectNode disMax = json.createObjectNode();
        ObjectNode dm = disMax.putObject("dis_max").put("tie_breaker", RelevanceWeights.TIE_BREAKER);
        ArrayNode queries = dm.putArray("queries");
        for (FieldWeight field : RelevanceWeights.textFields(audience)) {
            if (!field.searchedFor(clause.text())) {
                continue;
            }
            ObjectNode q = json.createObjectNode();
            if (clause.phrase()) {
                q.putObject("match_phrase").putObject(field.field()).put("query", clause.text()).put("boost", field.boost());
            } else {
                q.putObject("match").putObject(field.field()).put("query", clause.text())
                        .put("operator", "and").put("boost", field.boost());
            }
            queries.add(q);
            for (String spelling : spellings) {
                if (field.searchedFor(spelling)) {
                    queries.addObject().putObject("match").putObject(field.field()).put("query", spelling)
                            .put("operator", "and").put("boost", field.boost());
                }
            }
        }
        return disMax;
    }

    ObjectNode withFilters(ObjectNode scoring, SearchRequest request, Instant now) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        bool.putArray("must").add(scoring);
        ArrayNode filter = bool.putArray("filter");
        scope(request, now, filter);
        for (Map.Entry<Facet, Set<String>> f : request.filters().entrySet()) {
            ObjectNode terms = json.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray(FacetValues.field(f.getKey()));
            f.getValue().forEach(values::add);
            filter.add(terms);
        }
        if (request.yearFrom() != null) {
            filter.add(range(SearchFields.LATEST_YEAR, "gte", request.yearFrom()));
        }
        if (request.yearTo() != null) {
            filter.add(range(SearchFields.EARLIEST_YEAR, "lte", request.yearTo()));
        }
        return root;
    }

    /** What this audience may see (published, and its time come) among the searched types. */
    void scope(SearchRequest request, Instant now, ArrayNode filter) {
        audienceFilter(request.audience(), now, filter);
        if (!request.searchesAllTypes()) {
            typeFilter(request.types(), filter);
        }
    }

    void audienceFilter(Audience audience, Instant now, ArrayNode filter) {
        if (!audience.seesRestricted()) {
            ObjectNode term = json.createObjectNode();
            term.putObject("term").put(SearchFields.STATUS, PublicationStatus.PUBLISHED.name());
            filter.add(term);
            filter.add(range(SearchFields.VISIBLE_FROM, "lte", now.toEpochMilli()));
        }
    }

    /** Objects only, as this audience may see them (suggestions, related objects, counts). */
    void objectsFor(Audience audience, Instant now, ArrayNode filter) {
        audienceFilter(audience, now, filter);
        typeFilter(Set.of(EntryType.OBJECT), filter);
    }

    private void typeFilter(Set<EntryType> types, ArrayNode filter) {
        ArrayNode values = filter.addObject().putObject("terms").putArray(FacetValues.field(Facet.TYPE));
        types.forEach(t -> values.add(t.code()));
    }

    ArrayNode sort(SortOrder order) {
        ArrayNode sort = json.createArrayNode();
        switch (order) {
            case RELEVANCE -> sort.addObject().putObject("_score").put("order", "desc");
            case OBJECT_NUMBER -> { }
            case YEAR_ASC -> sort.addObject().putObject(SearchFields.EARLIEST_YEAR).put("order", "asc").put("missing", "_last");
            case YEAR_DESC -> sort.addObject().putObject(SearchFields.EARLIEST_YEAR).put("order", "desc").put("missing", "_last");
            case UPDATED_DESC -> sort.addObject().putObject(SearchFields.UPDATED_AT).put("order", "desc");
        }
        sort.addObject().putObject(SearchFields.OBJECT_NUMBER_KEY).put("order", "asc");
        return sort;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    private ObjectNode constantScore(String kind, String field, String value, float boost) {
        ObjectNode q = json.createObjectNode();
        ObjectNode cs = q.putObject("constant_score");
        cs.putObject("filter").putObject(kind).put(field, value);
        cs.put("boost", boost);
        return q;
    }

    private ObjectNode range(String field, String op, long value) {
        ObjectNode q = json.createObjectNode();
        q.putObject("range").putObject(field).put(op, value);
        return q;
    }
}
