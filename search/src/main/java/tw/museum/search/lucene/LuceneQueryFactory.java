package tw.museum.search.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.Audience;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.Facet;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.Leniency;
import tw.museum.search.query.ParsedQuery;
import tw.museum.search.query.QueryClause;

/**
 * Builds Lucene queries from the shared relevance weights. Mirrors ElasticQueryFactory clause for clause:
 * every query clause must match in some field (dis_max over weighted fields, all its words in that field);
 * object-number, exact-title and title-phrase matches add on top. A lenient query matches its unknown clauses
 * as the spelling check respelt them (and a mistyped object number one edit away), and puts every exact match
 * above them.
 */
final class LuceneQueryFactory {
    private final Analyzer analyzer;
    private final KeywordNormalizer normalizer;

    LuceneQueryFactory(Analyzer analyzer, KeywordNormalizer normalizer) {
        this.analyzer = analyzer;
        this.normalizer = normalizer;
    }

    /** The scoring part: what the user typed. */
    Query textQuery(ParsedQuery parsed, Audience audience, Leniency leniency) {
        if (parsed.matchAll()) {
            return new MatchAllDocsQuery();
        }
        Query exact = textQuery(parsed, audience, Leniency.NONE, false);
        if (leniency.exact()) {
            return exact;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(exact), RelevanceWeights.EXACT_OVER_APPROXIMATE), Occur.SHOULD)
                .add(exact, Occur.SHOULD)
                .add(textQuery(parsed, audience, leniency, true), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /**
     * What the highlighter marks, field by field: each clause (as typed, and as respelt when the search was lenient),
     * any of them. Only the highlighted fields: the highlighter runs its query against every hit's text, and the
     * whole scoring query, with every searched field, cost more than the search itself. Fields no clause analyses
     * to anything in are left out.
     */
    Map<String, Query> highlightQueries(ParsedQuery parsed, Leniency leniency, List<String> highlighted) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Map<String, Query> perField = new LinkedHashMap<>();
        for (String field : highlighted) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (int i = 0; i < parsed.clauses().size(); i++) {
                QueryClause clause = parsed.clauses().get(i);
                List<Query> forms = new ArrayList<>();
                forms.add(clause.phrase()
                        ? builder.createPhraseQuery(field, clause.text())
                        : builder.createBooleanQuery(field, clause.text(), Occur.MUST));
                if (leniency.approximate(i)) {
                    leniency.spellings(i).forEach(spelling -> forms.add(builder.createBooleanQuery(field, spelling, Occur.MUST)));
                }
                for (Query form : forms) {
                    if (form != null) {
                        any.add(form, Occur.SHOULD);
                        clauses++;
                    }
                }
            }
            if (clauses > 0) {
                perField.put(field, any.build());
            }
        }
        return perField;
    }

    /** One clause alone, as it takes part in the query (for telling which words match nothing). */
    Query clauseQuery(QueryClause clause, Audience audience) {
        return clauseQuery(clause, List.of(), audience);
    }

    private Query textQuery(ParsedQuery parsed, Audience audience, Leniency leniency, boolean lenient) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        for (int i = 0; i < parsed.clauses().size(); i++) {
            QueryClause clause = parsed.clauses().get(i);
            boolean approximate = lenient && leniency.approximate(i);
            main.add(clauseQuery(clause, approximate ? leniency.spellings(i) : List.of(), audience), Occur.MUST);
        }
        BooleanQuery.Builder anyMatch = new BooleanQuery.Builder().add(main.build(), Occur.SHOULD);
        if (parsed.looksLikeObjectNumber()) {
            Term key = new Term(SearchFields.OBJECT_NUMBER_KEY, parsed.objectNumberKey());
            anyMatch.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(key)), RelevanceWeights.OBJECT_NUMBER_EXACT), Occur.SHOULD);
            anyMatch.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(key)), RelevanceWeights.OBJECT_NUMBER_PREFIX), Occur.SHOULD);
            if (lenient && leniency.approximate(0)) {
                // A mistyped object number: one edit away (2012.1798, CA76/1/73).
                anyMatch.add(new BoostQuery(new ConstantScoreQuery(new FuzzyQuery(key, 1, RelevanceWeights.FUZZY_PREFIX_LENGTH,
                        RelevanceWeights.FUZZY_MAX_EXPANSIONS, true)), RelevanceWeights.OBJECT_NUMBER_PREFIX), Occur.SHOULD);
            }
        }
        anyMatch.setMinimumNumberShouldMatch(1);

        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(anyMatch.build(), Occur.MUST);
        String titleKey = normalizer.normalize(parsed.text().replace("\"", ""));
        if (!titleKey.isEmpty()) {
            scored.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TITLE_KEY, titleKey))),
                    RelevanceWeights.TITLE_EXACT), Occur.SHOULD);
        }
        String phraseText = parsed.text().replace("\"", " ");
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<Query> titlePhrases = new ArrayList<>();
        for (String field : List.of(SearchFields.TITLE_ZH, SearchFields.TITLE_EN)) {
            Query phrase = builder.createPhraseQuery(field, phraseText);
            if (phrase != null) {
                titlePhrases.add(phrase);
            }
        }
        if (!titlePhrases.isEmpty()) {
            scored.add(new BoostQuery(new DisjunctionMaxQuery(titlePhrases, 0f), RelevanceWeights.TITLE_PHRASE), Occur.SHOULD);
        }
        return scored.build();
    }

    /** dis_max over the weighted fields; a clause retried leniently also matches as respelt, in every field. */
    private Query clauseQuery(QueryClause clause, List<String> spellings, Audience audience) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        List<Query> perField = new ArrayList<>();
        for (FieldWeight field : RelevanceWeights.textFields(audience)) {
            if (!field.searchedFor(clause.text())) {
                continue;
            }
            Query q = clause.phrase()
                    ? builder.createPhraseQuery(field.field(), clause.text())
                    : builder.createBooleanQuery(field.field(), clause.text(), Occur.MUST);
            if (q != null) {
                perField.add(new BoostQuery(q, field.boost()));
            }
            for (String spelling : spellings) {
                Query respelt = field.searchedFor(spelling) ? builder.createBooleanQuery(field.field(), spelling, Occur.MUST) : null;
                if (respelt != null) {
                    perField.add(new BoostQuery(respelt, field.boost()));
                }
            }
        }
        // A clause that analyses to nothing (only punctuation) matches nothing rather than everything.
        return perField.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(perField, RelevanceWeights.TIE_BREAKER);
    }

    /** The non-scoring part: audience, entry types, facet filters, year range. */
    Query withFilters(Query scoring, SearchRequest request, Instant now) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        q.add(scope(request, now), Occur.FILTER);
        for (Map.Entry<Facet, Set<String>> filter : request.filters().entrySet()) {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : filter.getValue()) {
                anyOf.add(new TermQuery(new Term(FacetValues.field(filter.getKey()), value)), Occur.SHOULD);
            }
            q.add(anyOf.build(), Occur.FILTER);
        }
        if (request.yearFrom() != null) {
            q.add(IntPoint.newRangeQuery(SearchFields.LATEST_YEAR, request.yearFrom(), Integer.MAX_VALUE), Occur.FILTER);
        }
        if (request.yearTo() != null) {
            q.add(IntPoint.newRangeQuery(SearchFields.EARLIEST_YEAR, Integer.MIN_VALUE, request.yearTo()), Occur.FILTER);
        }
        return q.build();
    }

    /** What this audience may see among the searched types. */
    static Query scope(SearchRequest request, Instant now) {
        BooleanQuery.Builder scope = new BooleanQuery.Builder().add(audienceFilter(request.audience(), now), Occur.FILTER);
        if (!request.searchesAllTypes()) {
            scope.add(typeFilter(request.types()), Occur.FILTER);
        }
        return scope.build();
    }

    static Query typeFilter(Set<EntryType> types) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        types.forEach(t -> anyOf.add(new TermQuery(new Term(FacetValues.field(Facet.TYPE), t.code())), Occur.SHOULD));
        return anyOf.build();
    }

    static Query audienceFilter(Audience audience, Instant now) {
        if (audience.seesRestricted()) {
            return new MatchAllDocsQuery();
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.STATUS, PublicationStatus.PUBLISHED.name())), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SearchFields.VISIBLE_FROM, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER)
                .build();
    }

    /** Objects only, as this audience may see them (suggestions, related objects, counts). */
    static Query objectsFor(Audience audience, Instant now) {
        return new BooleanQuery.Builder().add(audienceFilter(audience, now), Occur.FILTER)
                .add(typeFilter(Set.of(EntryType.OBJECT)), Occur.FILTER).build();
    }
}
