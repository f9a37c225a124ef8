package tw.museum.catalog.donation;

/** A curator's evaluation of an offer. */
public record Evaluation(String relevance, String condition, String provenance, String storageCost,
                         Verdict recommendation) {
}
