package tw.museum.site.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SortOrder;

/** Browse states as URLs, and snippets as text: plain unit tests, no application. */
class BrowseQueryTest {

    @Test
    void aStateSurvivesTheTripThroughItsUrl() {
        BrowseQuery query = BrowseQuery.from(Map.of("q", new String[] {"C++ 收音機 & 電視"},
                "filter.material", new String[] {"brass", "glass"}, "filter.maker", new String[] {"7"},
                "sort", new String[] {"date"}, "page", new String[] {"3"}));
        String path = query.path();
        assertThat(path).startsWith("/objects?q=C%2B%2B%20").contains("%26", "filter.material=brass&filter.material=glass",
                "filter.maker=7", "sort=date", "page=3");
        assertThat(query.toSearchRequest().filters()).containsEntry(Facet.MATERIAL, Set.of("brass", "glass"));
        assertThat(query.toSearchRequest().sort()).isEqualTo(SortOrder.YEAR_ASC);
        // toggling a value removes it, adding one goes back to the first page
        assertThat(query.toggle(Facet.MATERIAL, "brass").path()).doesNotContain("brass").doesNotContain("page=");
        assertThat(query.toggle(Facet.DECADE, "1950").path()).contains("filter.decade=1950");
    }

    @Test
    void browsingSortsByNumberSearchingByRelevanceAndNonsenseIsIgnored() {
        assertThat(BrowseQuery.from(Map.of()).effectiveSort()).isEqualTo(BrowseQuery.Sort.NUMBER);
        assertThat(BrowseQuery.from(Map.of("q", new String[] {"x"})).effectiveSort()).isEqualTo(BrowseQuery.Sort.RELEVANCE);
        BrowseQuery odd = BrowseQuery.from(Map.of("filter.colour", new String[] {"red"}, "sort", new String[] {"up"},
                "page", new String[] {"99999"}));
        assertThat(odd.filters()).isEmpty();
        assertThat(odd.page()).isEqualTo(BrowseQuery.MAX_PAGE);
        assertThat(odd.path()).isEqualTo("/objects?page=" + BrowseQuery.MAX_PAGE);
    }

    @Test
    void snippetsBecomeTextWithMarkedMatchesWhateverTheIndexSends() {
        Snippet escaped = Snippet.parse("&lt;script&gt;x <em>陀螺儀</em> y");
        assertThat(escaped.parts()).containsExactly(new Snippet.Part("<script>x ", false),
                new Snippet.Part("陀螺儀", true), new Snippet.Part(" y", false));
        // even raw markup from a misbehaving backend ends up as text for th:text to escape
        assertThat(Snippet.parse("<b>bold</b> <em>hit</em>").parts())
                .containsExactly(new Snippet.Part("<b>bold</b> ", false), new Snippet.Part("hit", true));
        assertThat(Snippet.best(Map.of("title_en", List.of("<em>A</em>"), "description_zh", List.of("<em>甲</em>")), "en")
                .parts()).containsExactly(new Snippet.Part("A", true));
        assertThat(Snippet.best(Map.of(), "zh")).isNull();
    }
}
