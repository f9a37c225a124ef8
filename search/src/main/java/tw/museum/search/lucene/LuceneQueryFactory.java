package tw.museum.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.util.QueryBuilder;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.document.FacetValues;
import tw.museum.search.document.FieldWeight;
import tw.museum.search.document.RelevanceWeights;
import tw.museum.search.document.SearchFields;
import tw.museum.search.query.ParsedQuery;
import tw.museum.search.query.QueryClause;

/**
 * Builds Lucene queries from the shared relevance weights. Mirrors ElasticQueryFactory clause for clause:
 * every query clause must match in some field (dis_max over weighted fields, all its words in that field);
 * object-number, exact-title and title-phrase matches add on top.
 */
final class LuceneQueryFactory {
    private final Analyzer analyzer;
    private final KeywordNormalizer normalizer;

    LuceneQueryFactory(Analyzer analyzer, KeywordNormalizer normalizer) {
        this.analyzer = analyzer;
        this.normalizer = normalizer;
    }

    /** The scoring part: what the user typed. */
    Query textQuery(ParsedQuery parsed, Audience audience) {
        if (parsed.matchAll()) {
            return new MatchAllDocsQuery();
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        for (QueryClause clause : parsed.clauses()) {
            List<Query> perField = new ArrayList<>();
            for (FieldWeight field : RelevanceWeights.textFields(audience)) {
                Query q = clause.phrase()
                        ? builder.createPhraseQuery(field.field(), clause.text())
                        : builder.createBooleanQuery(field.field(), clause.text(), Occur.MUST);
                if (q != null) {
                    perField.add(new BoostQuery(q, field.boost()));
                }
            }
            // A clause that analyses to nothing (only punctuation) matches nothing rather than everything.
            main.add(perField.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(perField, RelevanceWeights.TIE_BREAKER), Occur.MUST);
        }
        BooleanQuery.Builder anyMatch = new BooleanQuery.Builder().add(main.build(), Occur.SHOULD);
        if (parsed.looksLikeObjectNumber()) {
            anyMatch.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.OBJECT_NUMBER_KEY, parsed.objectNumberKey()))),
                    RelevanceWeights.OBJECT_NUMBER_EXACT), Occur.SHOULD);
            anyMatch.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(SearchFields.OBJECT_NUMBER_KEY, parsed.objectNumberKey()))),
                    RelevanceWeights.OBJECT_NUMBER_PREFIX), Occur.SHOULD);
        }
        anyMatch.setMinimumNumberShouldMatch(1);

        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(anyMatch.build(), Occur.MUST);
        String titleKey = normalizer.normalize(parsed.text().replace("\"", ""));
        if (!titleKey.isEmpty()) {
            scored.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TITLE_KEY, titleKey))),
                    RelevanceWeights.TITLE_EXACT), Occur.SHOULD);
        }
        String phraseText = parsed.text().replace("\"", " ");
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

    /** The non-scoring part: audience, facet filters, year range. */
    Query withFilters(Query scoring, SearchRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(scoring, Occur.MUST);
        q.add(audienceFilter(request.audience()), Occur.FILTER);
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

    static Query audienceFilter(Audience audience) {
        return audience.seesRestricted()
                ? new MatchAllDocsQuery()
                : new TermQuery(new Term(SearchFields.STATUS, PublicationStatus.PUBLISHED.name()));
    }
}
