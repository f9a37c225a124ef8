package tw.museum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.search.TestComponents;
import tw.museum.search.api.Audience;
import tw.museum.search.api.Facet;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SortOrder;

/** Request parsing and validation without any engine: what the web layer will hand over. */
class SearchRequestParserTest {
    private final SearchRequestParser parser = new SearchRequestParser();
    private final SearchRequestValidator validator = TestComponents.shared().validator();

    @Test
    void parsesEveryParameter() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of("香港 \"Sheung Wan\""));
        params.put("page", List.of("2"));
        params.put("pageSize", List.of("50"));
        params.put("sort", List.of("YEAR_DESC"));
        params.put("facet", List.of("maker", "decade"));
        params.put("facetSize", List.of("5"));
        params.put("filter.classification", List.of("poster", "photography"));
        params.put("yearFrom", List.of("1950"));
        params.put("yearTo", List.of("1999"));
        SearchRequest request = parser.parse(params, Audience.STAFF);
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.pageSize()).isEqualTo(50);
        assertThat(request.sort()).isEqualTo(SortOrder.YEAR_DESC);
        assertThat(request.facets()).containsExactlyInAnyOrder(Facet.MAKER, Facet.DECADE);
        assertThat(request.facetSize()).isEqualTo(5);
        assertThat(parser.parse(Map.of(), Audience.PUBLIC).facetSize()).isEqualTo(20);
        assertThat(request.filters().get(Facet.CLASSIFICATION)).containsExactlyInAnyOrder("poster", "photography");
        assertThat(request.yearFrom()).isEqualTo(1950);
        assertThat(request.yearTo()).isEqualTo(1999);
        assertThat(request.audience()).isEqualTo(Audience.STAFF);
        ParsedQuery parsed = validator.validate(request);
        assertThat(parsed.clauses()).containsExactly(new QueryClause("香港", false), new QueryClause("Sheung Wan", true));
        assertThat(parsed.looksLikeObjectNumber()).isFalse();
    }

    @Test
    void recognisesObjectNumbers() {
        assertThat(validator.validate(SearchRequest.builder().query("CA76/1/37").build()).objectNumberKey()).isEqualTo("ca76/1/37");
        assertThat(validator.validate(SearchRequest.builder().query("２０１２．１７").build()).objectNumberKey()).isEqualTo("2012.17");
        assertThat(validator.validate(SearchRequest.builder().query("poster").build()).looksLikeObjectNumber()).isFalse();
    }

    @Test
    void namesTheBadParameter() {
        assertThatThrownBy(() -> parser.parse(Map.of("page", List.of("two")), Audience.PUBLIC))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.parameter()).isEqualTo("page"));
        assertThatThrownBy(() -> parser.parse(Map.of("sort", List.of("random")), Audience.PUBLIC))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.code()).isEqualTo("unknown-sort"));
        assertThatThrownBy(() -> parser.parse(Map.of("audience", List.of("STAFF")), Audience.PUBLIC))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.code()).isEqualTo("unknown-parameter"));
        assertThatThrownBy(() -> validator.validate(SearchRequest.builder().query("「香港").build()))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.code()).isEqualTo("unbalanced-quote"));
        assertThatThrownBy(() -> validator.validate(SearchRequest.builder().query("a\u0000b").build()))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> validator.validate(SearchRequest.builder().filter(Facet.MAKER, "x".repeat(500)).build()))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.parameter()).isEqualTo("filter.maker"));
        assertThatThrownBy(() -> validator.validateRelated("2012.1", 0))
                .isInstanceOfSatisfying(InvalidSearchRequestException.class, e -> assertThat(e.parameter()).isEqualTo("count"));
    }
}
