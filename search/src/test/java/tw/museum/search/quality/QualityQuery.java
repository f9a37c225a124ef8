package tw.museum.search.quality;

import java.util.List;

/**
 * One real query and what staff expect at the top. Exactly one expectation is set:
 * first (this object first), inTop (these objects within the first n), allTopMaker (the first n all by
 * this maker), allTopContain (the first n all contain this text in a public field), allTopPrefix
 * (the first n object numbers start with this). Ids of other entry types are prefixed (person:327,
 * learning-unit:slug); allTypes searches every type (the one search box). didYouMean: the correction offered;
 * highlightIn: the field of the first hit whose passage is highlighted (document_text).
 */
public record QualityQuery(String q, String first, List<String> inTop, String allTopMaker, String allTopContain,
                           String allTopPrefix, Integer n, String why, Boolean allTypes, String didYouMean,
                           String highlightIn) {

    @Override
    public String toString() {
        return q + " (" + why + ")";
    }
}
