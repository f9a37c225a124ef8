package tw.museum.site.collection;

import java.util.List;

/** A facet on the browse page: its parameter name (for ids and message keys) and its values with counts. */
public record FacetGroup(String name, List<Option> options) {

    /**
     * One value: its label (in {@code labelLang}), how many results have it, whether it is chosen, and
     * the URL that adds or removes it.
     */
    public record Option(String value, String label, String labelLang, long count, boolean selected, String href) {
    }

    public FacetGroup {
        options = List.copyOf(options);
    }
}
