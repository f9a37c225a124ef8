package tw.museum.search;

/** The analysis components are immutable and take a moment to build: one instance for all tests. */
public final class TestComponents {
    private static final SearchComponents SHARED = SearchComponents.create();

    private TestComponents() {
    }

    public static SearchComponents shared() {
        return SHARED;
    }
}
