package tw.museum.search.api;

/** What an operator needs to know: which backend, which physical index, whether it answers, how many documents. */
public record IndexHealth(String backend, String indexName, boolean available, long documents, String detail) {
}
