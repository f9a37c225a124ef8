package tw.museum.search.quality;

import java.util.List;

/**
 * One real query and what staff expect at the top. Exactly one expectation is set:
 * first (this object first), inTop (these objects within the first n), allTopMaker (the first n all by
 * this maker), allTopContain (the first n all contain this text in a public field), allTopPrefix
 * (the first n object numbers start with this).
 */
public record QualityQuery(String q, String first, List<String> inTop, String allTopMaker, String allTopContain,
                           String allTopPrefix, Integer n, String why) {

    @Override
    public String toString() {
        return q + " (" + why + ")";
    }
}
