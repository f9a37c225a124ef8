package tw.museum.search.elastic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
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

    ObjectNode textQuery(ParsedQuery parsed, Audience audience) {
        ObjectNode root = json.createObjectNode();
        if (parsed.matchAll()) {
            root.putObject("match_all");
            return root;
        }
        ArrayNode must = json.createArrayNode();
        for (QueryClause clause : parsed.clauses()) {
            ObjectNode disMax = json.createObjectNode();
            ObjectNode dm = disMax.putObject("dis_max").put("tie_breaker", RelevanceWeights.TIE_BREAKER);
            ArrayNode queries = dm.putArray("queries");
            for (FieldWeight field : RelevanceWeights.textFields(audience)) {
                ObjectNode q = json.createObjectNode();
                if (clause.phrase()) {
                    q.putObject("match_phrase").putObject(field.field()).put("query", clause.text()).put("boost", field.boost());
                } else {
                    q.putObject("match").putObject(field.field()).put("query", clause.text()).put("operator", "and").put("boost", field.boost());
                }
                queries.add(q);
            }
            must.add(disMax);
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

    ObjectNode withFilters(ObjectNode scoring, SearchRequest request) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        bool.putArray("must").add(scoring);
        ArrayNode filter = bool.putArray("filter");
        audienceFilter(request.audience(), filter);
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

    void audienceFilter(Audience audience, ArrayNode filter) {
        if (!audience.seesRestricted()) {
            ObjectNode term = json.createObjectNode();
            term.putObject("term").put(SearchFields.STATUS, PublicationStatus.PUBLISHED.name());
            filter.add(term);
        }
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

    private ObjectNode range(String field, String op, int value) {
        ObjectNode q = json.createObjectNode();
        q.putObject("range").putObject(field).put(op, value);
        return q;
    }
}
